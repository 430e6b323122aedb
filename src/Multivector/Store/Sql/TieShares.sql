-- Each partner's share of one of a state's ties, in the latest year the store has for that tie (indicator,
-- direction, basis). Shares are of the total over partners that are states or territories; aggregates
-- (WORLD) get a share of that total too but are not part of it.
WITH latest AS (
    SELECT indicator, direction, basis, max(year) AS year
    FROM ties WHERE state = $state GROUP BY indicator, direction, basis
),
rows AS (
    SELECT t.* FROM ties t JOIN latest l
      ON t.indicator = l.indicator AND t.direction = l.direction AND t.basis IS NOT DISTINCT FROM l.basis AND t.year = l.year
    WHERE t.state = $state
),
totals AS (
    SELECT indicator, direction, basis, sum(value) FILTER (WHERE partner_kind <> 'aggregate') AS total
    FROM rows GROUP BY indicator, direction, basis
)
SELECT r.partner, r.partner_kind, r.indicator, r.direction, r.basis, r.year, r.value, r.unit,
       CASE WHEN t.total > 0 THEN r.value / t.total ELSE 0 END AS share
FROM rows r JOIN totals t ON r.indicator = t.indicator AND r.direction = t.direction AND r.basis IS NOT DISTINCT FROM t.basis
ORDER BY r.indicator, r.direction, r.basis, share DESC;
