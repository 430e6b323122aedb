-- The newest run by session or by year ($by NULL: either): the warm start of a new fit and the profile's distances.
SELECT max(run_id) FROM ideal_runs WHERE $by IS NULL OR by_period = $by;
