-- Stores built before statements existed lack the tables, and those from before completeness lack its
-- column, until they are opened for writing once.
SELECT count(*) FROM information_schema.columns WHERE table_name = 'documents' AND column_name = 'retrieved_at';
