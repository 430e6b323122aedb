-- Whether a DuckDB file is a Multivector store at all: it has the meta table.
SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main';
