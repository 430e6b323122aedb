INSERT INTO segments
SELECT s.* FROM incoming_segments s
WHERE s.document NOT IN (SELECT id FROM documents);
INSERT INTO documents
SELECT i.id, i.date, i.title, i.issuers, i.format, i.language, i.source_url, i.licence, i.corpus, i.text, i.sha256, $import_id
FROM incoming_documents i
WHERE i.id NOT IN (SELECT id FROM documents);
