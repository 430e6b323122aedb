-- Roll calls that sources $a and $b both hold, with each one's official tally, and every state whose cast
-- vote (yes, abstain, no; anything else counts as no vote cast) differs between them.
WITH both_held AS (
    SELECT a.rcid,
           a.official_yes AS a_yes, a.official_no AS a_no, a.official_abstain AS a_abstain,
           b.official_yes AS b_yes, b.official_no AS b_no, b.official_abstain AS b_abstain
    FROM roll_call_sources a JOIN roll_call_sources b USING (rcid)
    WHERE a.source = $a AND b.source = $b
),
votes_a AS (
    SELECT v.rcid, v.state, v.vote FROM votes v JOIN roll_calls r USING (rcid) WHERE r.source = $a AND v.vote IN (1, 2, 3)
    UNION ALL
    SELECT rcid, state, vote FROM source_votes WHERE source = $a AND vote IN (1, 2, 3)
),
votes_b AS (
    SELECT v.rcid, v.state, v.vote FROM votes v JOIN roll_calls r USING (rcid) WHERE r.source = $b AND v.vote IN (1, 2, 3)
    UNION ALL
    SELECT rcid, state, vote FROM source_votes WHERE source = $b AND vote IN (1, 2, 3)
),
differences AS (
    SELECT coalesce(x.rcid, y.rcid) AS rcid, coalesce(x.state, y.state) AS state, x.vote AS vote_a, y.vote AS vote_b
    FROM (SELECT * FROM votes_a WHERE rcid IN (SELECT rcid FROM both_held)) x
    FULL JOIN (SELECT * FROM votes_b WHERE rcid IN (SELECT rcid FROM both_held)) y ON x.rcid = y.rcid AND x.state = y.state
    WHERE x.vote IS DISTINCT FROM y.vote
)
SELECT h.rcid, r.symbol, r.date, h.a_yes, h.a_no, h.a_abstain, h.b_yes, h.b_no, h.b_abstain,
       d.state, d.vote_a, d.vote_b
FROM both_held h
JOIN roll_calls r USING (rcid)
LEFT JOIN differences d USING (rcid)
ORDER BY r.date, h.rcid, d.state;
