INSERT INTO states VALUES ($code, $iso2, $cow, $cow_abbrev, $name);
