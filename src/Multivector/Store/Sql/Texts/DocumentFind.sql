-- Identifiers that contain the text, so users can type a distinctive part ("c5plus1-samarkand").
SELECT id FROM documents WHERE contains(lower(id), lower($text)) ORDER BY date, id LIMIT 20;
