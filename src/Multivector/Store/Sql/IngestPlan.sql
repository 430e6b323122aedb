-- Decide, for every incoming roll call, whether the store already holds it and under which rcid.
-- Rule 1: the same source and source id (re-importing a file, or a newer release of the same source).
-- Rule 2: another source's roll call with the same resolution symbol on the same date, counting only
--         votes on whole texts (not amendments or separate paragraphs), each held roll call matched once.
-- A roll call that neither rule matches is new.
CREATE OR REPLACE TEMP TABLE incoming_plan AS
WITH same_source AS (
    SELECT i.source_id, r.rcid
    FROM incoming_roll_calls i JOIN roll_calls r ON r.source = $source AND r.source_id = i.source_id
),
candidates AS (
    SELECT i.source_id, r.rcid,
           row_number() OVER (PARTITION BY i.source_id ORDER BY r.rcid) AS pick_held,
           row_number() OVER (PARTITION BY r.rcid ORDER BY i.source_id) AS pick_incoming
    FROM incoming_roll_calls i
    JOIN roll_calls r
      ON r.source <> $source
     AND r.symbol_key = i.symbol_key AND r.date = i.date
     AND coalesce(r.amendment, false) = false AND coalesce(r.paragraph, false) = false
     AND coalesce(i.amendment, false) = false AND coalesce(i.paragraph, false) = false
    WHERE i.symbol_key IS NOT NULL
      AND i.source_id NOT IN (SELECT source_id FROM same_source)
),
other_source AS (
    SELECT source_id, rcid FROM candidates WHERE pick_held = 1 AND pick_incoming = 1
),
held AS (
    SELECT source_id, rcid, 'same source' AS matched_by FROM same_source
    UNION ALL
    SELECT source_id, rcid, 'symbol and date' AS matched_by FROM other_source
),
next_id AS (
    SELECT greatest(100000000, coalesce(max(rcid) FILTER (WHERE rcid >= 100000000), 100000000)) AS base FROM roll_calls
)
SELECT i.source_id,
       coalesce(h.rcid,
                CASE WHEN $source = 'voeten' THEN i.source_id
                     ELSE (SELECT base FROM next_id) + row_number() OVER (PARTITION BY h.rcid IS NULL ORDER BY i.ord) END) AS rcid,
       h.rcid IS NULL AS is_new,
       h.matched_by
FROM incoming_roll_calls i LEFT JOIN held h USING (source_id);
