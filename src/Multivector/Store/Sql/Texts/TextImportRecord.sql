INSERT INTO text_imports VALUES (
    (SELECT coalesce(max(import_id), 0) + 1 FROM text_imports),
    $format, $corpus, $path, $imported_at, $added, $matched)
RETURNING import_id;
