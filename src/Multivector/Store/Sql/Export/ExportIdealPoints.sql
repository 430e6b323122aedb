SELECT p.run_id, r.by_period, r.binary_mode, p.state, s.name AS state_name, p.period, p.position, p.low, p.high, p.votes
FROM ideal_points p JOIN ideal_runs r USING (run_id) JOIN states s ON s.code = p.state
ORDER BY p.run_id, p.state, p.period_index
