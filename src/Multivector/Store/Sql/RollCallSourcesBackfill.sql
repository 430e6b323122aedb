-- Stores built before roll_call_sources existed: each held roll call's own source is its first.
INSERT INTO roll_call_sources
SELECT r.rcid, r.source, r.source_id, r.import_id, 'first', r.official_yes, r.official_no, r.official_abstain, r.official_non_voting
FROM roll_calls r
WHERE NOT EXISTS (SELECT 1 FROM roll_call_sources s WHERE s.rcid = r.rcid AND s.source = r.source);
