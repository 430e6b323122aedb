-- The newest run of the current model ($model) fitted on every roll call (no selection), with abstentions (not
-- binary): the one a dashboard shows beside the profiles. A run of an earlier model does not count, so a store
-- from before it gets a new run instead of showing the old one for ever.
SELECT max(run_id) FROM ideal_runs
WHERE json_extract_string(settings, '$.selection') = 'all roll calls' AND NOT binary_mode
  AND json_extract_string(settings, '$.model') = $model;
