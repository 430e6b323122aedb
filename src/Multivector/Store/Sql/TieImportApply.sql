INSERT INTO tie_imports VALUES (
    (SELECT coalesce(max(import_id), 0) + 1 FROM tie_imports),
    $format, $source, $files, $sha256, $version, $imported_at, $added);
INSERT INTO ties
SELECT i.state, i.partner, i.partner_kind, i.indicator, i.year, i.value, i.unit, i.direction, i.basis, $source, $version,
       (SELECT max(import_id) FROM tie_imports)
FROM incoming_ties i
WHERE NOT EXISTS (
    SELECT 1 FROM ties t
    WHERE t.source = $source AND t.state = i.state AND t.partner = i.partner AND t.indicator = i.indicator
      AND t.year = i.year AND t.direction = i.direction AND t.basis IS NOT DISTINCT FROM i.basis);
