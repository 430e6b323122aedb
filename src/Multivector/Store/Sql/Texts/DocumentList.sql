-- Documents newest first; $words must all occur in the title, $issuer among the issuers, $format exactly.
SELECT d.id, d.date, d.title, d.issuers, d.format, d.corpus, d.source_url, d.licence,
       length(d.text) - length(replace(d.text, ' ', '')) + 1 AS words,
       (SELECT count(*) FROM segments s WHERE s.document = d.id AND s.kind <> 'paragraph') AS clauses,
       d.language, d.completeness
FROM documents d
WHERE ($words IS NULL OR NOT EXISTS (
        SELECT 1 FROM unnest(string_split(lower($words), ' ')) AS w(word)
        WHERE word <> '' AND position(word IN lower(d.title)) = 0))
  AND ($issuer IS NULL OR list_contains(string_split(d.issuers, '|'), $issuer))
  AND ($format IS NULL OR d.format = $format)
ORDER BY d.date DESC, d.id
LIMIT $limit;
