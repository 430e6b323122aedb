-- The recorded votes on the roll calls SelectRollCalls.sql picked ($rcids, in matrix column order), as matrix
-- cells: the offset state × width + column ($codes is the matrix's state codes in row order) and the vote
-- code. Integers only, so the reader does no string work per vote; a state not in $codes is left out.
WITH columns AS (SELECT unnest($rcids) AS rcid, generate_subscripts($rcids, 1) - 1 AS col),
     rows AS (SELECT unnest($codes) AS state, generate_subscripts($codes, 1) - 1 AS row)
SELECT (r.row * len($rcids) + c.col)::INTEGER AS cell, v.vote
FROM votes v
JOIN columns c ON c.rcid = v.rcid
JOIN rows r ON r.state = v.state;
