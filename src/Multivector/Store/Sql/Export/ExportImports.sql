SELECT * FROM imports ORDER BY import_id
