-- The recorded votes on the roll calls of a selection (same filters as SelectRollCalls.sql).
SELECT v.rcid, v.state, v.vote
FROM votes v
WHERE v.rcid IN (
    SELECT r.rcid FROM roll_calls r
    WHERE ($from_session IS NULL OR r.session >= $from_session)
      AND ($to_session IS NULL OR r.session <= $to_session)
      AND ($from_year IS NULL OR year(r.date) >= $from_year)
      AND ($to_year IS NULL OR year(r.date) <= $to_year)
      AND (NOT $important_only OR coalesce(r.important, false))
      AND (NOT $exclude_amendments OR (NOT coalesce(r.amendment, false) AND NOT coalesce(r.paragraph, false)))
      AND ($issues IS NULL OR r.rcid IN (
            SELECT rcid FROM roll_call_issues WHERE list_contains(string_split($issues, ','), issue))));
