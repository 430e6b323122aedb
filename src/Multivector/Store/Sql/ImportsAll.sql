-- Every import the store records, of votes, statements and ties, oldest first: what came in, from which
-- source and version, when, and how much it added.
SELECT 'votes' AS kind, format, source, version, imported_at, roll_calls_added AS added, files FROM imports
UNION ALL
SELECT 'statements', format, corpus, NULL, imported_at, documents_added, path FROM text_imports
UNION ALL
SELECT 'ties', format, source, version, imported_at, rows_added, files FROM tie_imports
ORDER BY imported_at, kind;
