SELECT DISTINCT source FROM roll_call_sources ORDER BY source;
