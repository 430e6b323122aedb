SELECT id, date, text FROM documents ORDER BY date, id;
