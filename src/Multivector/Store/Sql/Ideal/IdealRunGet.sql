SELECT run_id, by_period, binary_mode, roll_calls, dropped, items, bridges, bridged_roll_calls, iterations, converged, replicates, seconds, fit_seconds, settings
FROM ideal_runs WHERE run_id = $run_id;
