SELECT count(*) FROM state_aliases WHERE source = $source;
