INSERT INTO ideal_runs
SELECT coalesce(max(run_id), 0) + 1, $created_at, $settings, $by_period, $binary, $states, $periods, $roll_calls, $dropped,
       $items, $bridges, $bridged_roll_calls, $observations, $iterations, $converged, $replicates, $seconds, $fit_seconds
FROM ideal_runs
RETURNING run_id;
