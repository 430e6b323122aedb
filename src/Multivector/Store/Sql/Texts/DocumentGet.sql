SELECT id, date, title, issuers, format, language, source_url, licence, corpus, text, place, completeness, retrieved_at
FROM documents
WHERE id = $id;
