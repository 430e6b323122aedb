-- The newest run fitted on every roll call (no selection), with abstentions (not binary): the one a dashboard
-- shows beside the profiles.
SELECT max(run_id) FROM ideal_runs
WHERE json_extract_string(settings, '$.selection') = 'all roll calls' AND NOT binary_mode;
