-- Integrity of a store: one row per check, with the number of offending rows and up to five examples.
-- "damage" checks must be 0 in a healthy store; "note" checks describe the sources and may be non-zero.
WITH held AS (SELECT rcid FROM roll_calls),
orphan_votes AS (SELECT v.rcid FROM votes v ANTI JOIN held h USING (rcid)),
orphan_issues AS (SELECT i.rcid FROM roll_call_issues i ANTI JOIN held h USING (rcid)),
duplicate_votes AS (SELECT rcid, state, count(*) - 1 AS extra FROM votes GROUP BY rcid, state HAVING count(*) > 1),
duplicate_roll_calls AS (SELECT source, source_id, count(*) - 1 AS extra FROM roll_calls GROUP BY source, source_id HAVING count(*) > 1),
no_provenance AS (SELECT r.rcid FROM roll_calls r ANTI JOIN imports i ON i.import_id = r.import_id),
counted AS (
    SELECT rcid,
           count(*) FILTER (WHERE vote = 1) AS yes, count(*) FILTER (WHERE vote = 3) AS no, count(*) FILTER (WHERE vote = 2) AS abstain
    FROM votes GROUP BY rcid
),
tallies AS (
    SELECT r.rcid, r.symbol, r.official_yes, r.official_no, r.official_abstain,
           coalesce(c.yes, 0) AS yes, coalesce(c.no, 0) AS no, coalesce(c.abstain, 0) AS abstain
    FROM roll_calls r LEFT JOIN counted c USING (rcid)
    WHERE r.official_yes IS NOT NULL
),
over_count AS (
    -- More votes counted than the official tally allows in total: what a doubled import looks like.
    SELECT rcid, symbol FROM tallies
    WHERE yes + no + abstain > official_yes + official_no + official_abstain + 10
),
differs AS (
    SELECT rcid, symbol FROM tallies WHERE yes <> official_yes OR no <> official_no OR abstain <> official_abstain
),
import_counts AS (
    SELECT i.import_id, i.roll_calls_added, i.votes_added,
           (SELECT count(*) FROM roll_calls r WHERE r.import_id = i.import_id) AS roll_calls,
           (SELECT count(*) FROM votes v JOIN roll_calls r USING (rcid) WHERE r.import_id = i.import_id) AS votes
    FROM imports i
),
import_mismatch AS (
    SELECT import_id FROM import_counts WHERE roll_calls <> roll_calls_added OR votes <> votes_added
)
SELECT 'orphan-votes' AS name, 'damage' AS severity, 'votes whose roll call is missing' AS description,
       (SELECT count(*) FROM orphan_votes) AS count, (SELECT string_agg(DISTINCT CAST(rcid AS VARCHAR), ', ') FROM (SELECT rcid FROM orphan_votes LIMIT 5)) AS examples
UNION ALL
SELECT 'orphan-issues', 'damage', 'issue tags whose roll call is missing',
       (SELECT count(*) FROM orphan_issues), (SELECT string_agg(CAST(rcid AS VARCHAR), ', ') FROM (SELECT rcid FROM orphan_issues LIMIT 5))
UNION ALL
SELECT 'duplicate-votes', 'damage', 'votes stored more than once for one roll call and state',
       (SELECT coalesce(sum(extra), 0) FROM duplicate_votes), (SELECT string_agg(CAST(rcid AS VARCHAR) || ' ' || state, ', ') FROM (SELECT rcid, state FROM duplicate_votes LIMIT 5))
UNION ALL
SELECT 'duplicate-roll-calls', 'damage', 'roll calls stored more than once under one source id',
       (SELECT coalesce(sum(extra), 0) FROM duplicate_roll_calls), (SELECT string_agg(source || ' ' || CAST(source_id AS VARCHAR), ', ') FROM (SELECT source, source_id FROM duplicate_roll_calls LIMIT 5))
UNION ALL
SELECT 'missing-provenance', 'damage', 'roll calls whose import is not recorded',
       (SELECT count(*) FROM no_provenance), (SELECT string_agg(CAST(rcid AS VARCHAR), ', ') FROM (SELECT rcid FROM no_provenance LIMIT 5))
UNION ALL
SELECT 'import-counts', 'damage', 'imports whose recorded counts differ from the roll calls and votes they hold',
       (SELECT count(*) FROM import_mismatch), (SELECT string_agg(CAST(import_id AS VARCHAR), ', ') FROM (SELECT import_id FROM import_mismatch LIMIT 5))
UNION ALL
SELECT 'tally-over-count', 'damage', 'roll calls with more than 10 votes beyond their official tally',
       (SELECT count(*) FROM over_count), (SELECT string_agg(coalesce(symbol, CAST(rcid AS VARCHAR)), ', ') FROM (SELECT rcid, symbol FROM over_count LIMIT 5))
UNION ALL
SELECT 'tally-differs', 'note', 'roll calls whose counted yes, no or abstain differ from the official tally (source gaps, late changes of vote)',
       (SELECT count(*) FROM differs), (SELECT string_agg(coalesce(symbol, CAST(rcid AS VARCHAR)), ', ') FROM (SELECT rcid, symbol FROM differs LIMIT 5))
UNION ALL
SELECT 'roll-calls', 'note', 'roll calls held', (SELECT count(*) FROM roll_calls), NULL
UNION ALL
SELECT 'votes', 'note', 'votes held', (SELECT count(*) FROM votes), NULL;
