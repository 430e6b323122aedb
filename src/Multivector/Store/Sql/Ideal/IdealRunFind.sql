-- The newest run fitted with exactly these settings, if any.
SELECT max(run_id) FROM ideal_runs WHERE settings = $settings;
