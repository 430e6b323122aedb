-- Incoming rows the store does not hold yet for this source (same state, partner, indicator, year, direction
-- and basis): a re-import adds nothing.
SELECT count(*) FROM incoming_ties i
WHERE NOT EXISTS (
    SELECT 1 FROM ties t
    WHERE t.source = $source AND t.state = i.state AND t.partner = i.partner AND t.indicator = i.indicator
      AND t.year = i.year AND t.direction = i.direction AND t.basis IS NOT DISTINCT FROM i.basis);
