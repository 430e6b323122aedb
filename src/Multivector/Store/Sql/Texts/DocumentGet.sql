SELECT id, date, title, issuers, format, language, source_url, licence, corpus, text
FROM documents
WHERE id = $id;
