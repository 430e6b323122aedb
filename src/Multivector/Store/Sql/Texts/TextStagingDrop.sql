DROP TABLE IF EXISTS incoming_documents;
DROP TABLE IF EXISTS incoming_segments;
