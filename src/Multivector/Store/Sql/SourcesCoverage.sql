-- Each source's coverage: roll calls it holds (first or matched to another's), dates, states and votes it
-- records, and the versions imported.
WITH per_source_votes AS (
    SELECT r.source, v.rcid, v.state, v.vote FROM votes v JOIN roll_calls r USING (rcid)
    UNION ALL
    SELECT source, rcid, state, vote FROM source_votes
)
SELECT s.source,
       count(*) AS roll_calls,
       count(*) FILTER (WHERE s.matched_by = 'first') AS first_held,
       count(*) FILTER (WHERE s.matched_by <> 'first') AS matched,
       min(r.date) AS first_date,
       max(r.date) AS last_date,
       (SELECT count(DISTINCT p.state) FROM per_source_votes p WHERE p.source = s.source) AS states,
       (SELECT count(*) FROM per_source_votes p WHERE p.source = s.source) AS votes,
       (SELECT count(*) FROM per_source_votes p WHERE p.source = s.source AND p.vote = 8) AS absences,
       (SELECT string_agg(coalesce(i.version, i.files), ' | ' ORDER BY i.import_id) FROM imports i WHERE i.source = s.source) AS versions
FROM roll_call_sources s JOIN roll_calls r USING (rcid)
GROUP BY s.source
ORDER BY s.source;
