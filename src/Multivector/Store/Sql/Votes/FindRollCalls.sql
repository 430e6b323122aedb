-- Roll calls matching a search, newest first, with the tally computed from the stored votes.
-- $symbol is a symbol key (upper case, no spaces); it matches exactly, with a letter suffix (A/RES/45/73 I),
-- or as the tail of a longer symbol ("68/262"). $words are space-separated and must all occur in the title
-- or description. $prefix (A/RES/ES-11/) keeps a whole series. Absent = members on the date without a
-- yes/abstain/no.
WITH found AS (
    SELECT r.*, count(*) OVER () AS matches
    FROM roll_calls r
    WHERE ($symbol IS NULL
           OR r.symbol_key = $symbol
           OR (starts_with(r.symbol_key, $symbol) AND NOT regexp_matches(substr(r.symbol_key, length($symbol) + 1), '^[0-9]'))
           OR ends_with(r.symbol_key, '/' || $symbol))
      AND ($prefix IS NULL OR starts_with(r.symbol_key, $prefix))
      AND ($words IS NULL OR NOT EXISTS (
            SELECT 1 FROM unnest(string_split(lower($words), ' ')) AS w(word)
            WHERE word <> '' AND position(word IN lower(r.title || ' ' || coalesce(r.description, ''))) = 0))
      AND ($issue IS NULL OR r.rcid IN (SELECT rcid FROM roll_call_issues WHERE issue = $issue))
      AND ($from_date IS NULL OR r.date >= $from_date)
      AND ($to_date IS NULL OR r.date <= $to_date)
      AND ($session IS NULL OR r.session = $session)
      AND (NOT $important_only OR coalesce(r.important, false))
    ORDER BY r.date DESC, r.rcid DESC
    LIMIT $limit
)
SELECT f.rcid, f.session, f.date, f.symbol, f.title, f.description, f.important,
       f.official_yes, f.official_no, f.official_abstain, f.official_non_voting,
       (SELECT count(*) FROM votes v WHERE v.rcid = f.rcid AND v.vote = 1) AS yes,
       (SELECT count(*) FROM votes v WHERE v.rcid = f.rcid AND v.vote = 3) AS no,
       (SELECT count(*) FROM votes v WHERE v.rcid = f.rcid AND v.vote = 2) AS abstain,
       (SELECT count(DISTINCT m.state) FROM memberships m
         WHERE f.date >= m.member_from AND (m.member_to IS NULL OR f.date <= m.member_to)
           AND m.state NOT IN (SELECT v.state FROM votes v WHERE v.rcid = f.rcid AND v.vote IN (1, 2, 3))) AS absent,
       (SELECT string_agg(issue, ',' ORDER BY issue) FROM roll_call_issues i WHERE i.rcid = f.rcid) AS issues,
       f.matches
FROM found f
ORDER BY f.date DESC, f.rcid DESC;
