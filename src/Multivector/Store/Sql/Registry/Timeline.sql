-- Summits, treaty signatures and ratifications as one list of events. Signatures (and ratifications) of one
-- treaty on one date are one event listing every state that signed then. A date known only to the month or
-- year covers that whole month or year, and is kept when that span overlaps [$from_date, $to_date].
-- $state keeps events in which that state took part; $format keeps one format. Ties sort by precision (day
-- before month before year), then summits before signatures before ratifications.
WITH events AS (
    SELECT 'summit' AS kind, s.id, s.date, s.precision, s.format, s.level, s.title, s.place,
           (SELECT string_agg(state, ';' ORDER BY position) FROM summit_states WHERE summit = s.id) AS states,
           s.participants,
           (SELECT string_agg(document, ';' ORDER BY position) FROM summit_documents WHERE summit = s.id) AS documents,
           s.source, s.note
    FROM summits s
    UNION ALL
    SELECT 'signature', t.id, p.signed, p.signed_precision, t.format, NULL, t.short_title || ': ' || t.title, t.place,
           string_agg(p.state, ';' ORDER BY p.state), NULL, NULL,
           string_agg(DISTINCT p.source, ' ; ' ORDER BY p.source), t.note
    FROM treaty_parties p JOIN treaties t ON t.id = p.treaty
    WHERE p.signed IS NOT NULL
    GROUP BY t.id, p.signed, p.signed_precision, t.format, t.short_title, t.title, t.place, t.note
    UNION ALL
    SELECT 'ratification', t.id, p.ratified, p.ratified_precision, t.format, NULL, t.short_title || ': ' || t.title, NULL,
           string_agg(p.state, ';' ORDER BY p.state), NULL, NULL,
           string_agg(DISTINCT p.source, ' ; ' ORDER BY p.source), t.note
    FROM treaty_parties p JOIN treaties t ON t.id = p.treaty
    WHERE p.ratified IS NOT NULL
    GROUP BY t.id, p.ratified, p.ratified_precision, t.format, t.short_title, t.title, t.note
), spans AS (
    SELECT e.*, f.name AS format_name,
           CASE e.precision WHEN 'day' THEN e.date
                            WHEN 'month' THEN last_day(e.date)
                            ELSE make_date(year(e.date), 12, 31) END AS last_date,
           CASE e.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END AS precision_rank,
           CASE e.kind WHEN 'summit' THEN 0 WHEN 'signature' THEN 1 ELSE 2 END AS kind_rank
    FROM events e JOIN summit_formats f ON f.id = e.format
)
SELECT kind, id, date, precision, format, format_name, level, title, place, states, participants, documents, source, note
FROM spans
WHERE ($format IS NULL OR format = $format)
  AND ($state IS NULL OR list_contains(string_split(states, ';'), $state))
  AND ($from_date IS NULL OR last_date >= $from_date)
  AND ($to_date IS NULL OR date <= $to_date)
ORDER BY CASE WHEN $newest THEN date END DESC, CASE WHEN $newest THEN precision_rank END DESC, CASE WHEN $newest THEN kind_rank END DESC,
         date, precision_rank, kind_rank, id;
