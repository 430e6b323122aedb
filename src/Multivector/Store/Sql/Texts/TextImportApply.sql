INSERT INTO segments
SELECT s.* FROM incoming_segments s
WHERE s.document NOT IN (SELECT id FROM documents);
INSERT INTO documents (id, date, title, issuers, format, language, source_url, licence, corpus, text, sha256, import_id, place, completeness, retrieved_at)
SELECT i.id, i.date, i.title, i.issuers, i.format, i.language, i.source_url, i.licence, i.corpus, i.text, i.sha256, $import_id, i.place, i.completeness, i.retrieved_at
FROM incoming_documents i
WHERE i.id NOT IN (SELECT id FROM documents);
