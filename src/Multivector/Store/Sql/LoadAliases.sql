SELECT source, alias, state FROM state_aliases ORDER BY source, alias;
