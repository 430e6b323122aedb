-- Removes what an interrupted in-place write of an older version could leave: votes and issue tags whose roll
-- call is missing, and second copies of a vote. Roll calls and their provenance are never touched.
DELETE FROM votes WHERE rcid NOT IN (SELECT rcid FROM roll_calls);
DELETE FROM roll_call_issues WHERE rcid NOT IN (SELECT rcid FROM roll_calls);
CREATE OR REPLACE TEMP TABLE kept_votes AS SELECT DISTINCT rcid, state, first(vote) AS vote FROM votes GROUP BY rcid, state;
DELETE FROM votes;
INSERT INTO votes SELECT rcid, state, vote FROM kept_votes;
DROP TABLE kept_votes;
