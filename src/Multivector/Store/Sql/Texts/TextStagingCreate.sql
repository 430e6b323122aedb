CREATE OR REPLACE TEMP TABLE incoming_documents (
    id VARCHAR, date DATE, title VARCHAR, issuers VARCHAR, format VARCHAR, language VARCHAR,
    source_url VARCHAR, licence VARCHAR, corpus VARCHAR, text VARCHAR, sha256 VARCHAR, place VARCHAR, completeness VARCHAR, retrieved_at TIMESTAMP);
CREATE OR REPLACE TEMP TABLE incoming_segments (
    document VARCHAR, kind VARCHAR, ordinal INTEGER, start_offset INTEGER, length INTEGER, paragraph INTEGER);
