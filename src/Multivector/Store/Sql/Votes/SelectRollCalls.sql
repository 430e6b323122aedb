-- The roll calls a Selection picks, in session then date order so that each session is a contiguous block.
-- $issues is a comma-separated list of issue codes, or NULL for any.
SELECT r.rcid, r.session, r.date
FROM roll_calls r
WHERE ($from_session IS NULL OR r.session >= $from_session)
  AND ($to_session IS NULL OR r.session <= $to_session)
  AND ($from_year IS NULL OR year(r.date) >= $from_year)
  AND ($to_year IS NULL OR year(r.date) <= $to_year)
  AND (NOT $important_only OR coalesce(r.important, false))
  AND (NOT $exclude_amendments OR (NOT coalesce(r.amendment, false) AND NOT coalesce(r.paragraph, false)))
  AND ($issues IS NULL OR r.rcid IN (
        SELECT rcid FROM roll_call_issues WHERE list_contains(string_split($issues, ','), issue)))
  AND (NOT $exclude_unanimous OR r.rcid IN (
        SELECT rcid FROM votes WHERE vote IN (1, 2, 3) GROUP BY rcid HAVING count(DISTINCT vote) > 1))
ORDER BY r.session, r.date, r.rcid;
