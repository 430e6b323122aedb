-- New documents, documents already stored with the same text, and identifiers stored with a different text.
SELECT
    count(*) FILTER (WHERE d.id IS NULL) AS added,
    count(*) FILTER (WHERE d.id IS NOT NULL AND d.sha256 = i.sha256) AS matched,
    count(*) FILTER (WHERE d.id IS NOT NULL AND d.sha256 <> i.sha256) AS clashes,
    min(i.id) FILTER (WHERE d.id IS NOT NULL AND d.sha256 <> i.sha256) AS first_clash
FROM incoming_documents i
LEFT JOIN documents d ON d.id = i.id;
