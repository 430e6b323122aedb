-- The recorded votes on the roll calls SelectRollCalls.sql picked; $rcids is that list, so the selection
-- rules live in one file.
SELECT v.rcid, v.state, v.vote
FROM votes v
WHERE v.rcid IN (SELECT unnest($rcids));
