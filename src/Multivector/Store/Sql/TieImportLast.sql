SELECT max(import_id) FROM tie_imports;
