SELECT state, period, position, low, high, votes
FROM ideal_points WHERE run_id = $run_id
ORDER BY state, period_index;
