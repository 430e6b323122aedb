INSERT INTO state_aliases VALUES ($source, $alias, $state);
