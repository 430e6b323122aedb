INSERT INTO imports VALUES (
    (SELECT coalesce(max(import_id), 0) + 1 FROM imports),
    $format, $source, $files, $sha256, $version, $imported_at, $added, $matched, $votes)
RETURNING import_id;
