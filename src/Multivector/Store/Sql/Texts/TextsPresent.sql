-- Stores built before statements existed lack the tables until they are opened for writing once.
SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents';
