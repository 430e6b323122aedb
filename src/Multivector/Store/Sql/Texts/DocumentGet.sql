SELECT id, date, title, issuers, format, language, source_url, licence, corpus, text, place, completeness
FROM documents
WHERE id = $id;
