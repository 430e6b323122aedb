-- The roll calls an import would add (a dry run): source id, symbol, date and title, oldest first.
SELECT i.source_id, i.symbol, i.date, i.title
FROM incoming_roll_calls i JOIN incoming_plan p USING (source_id)
WHERE p.is_new
ORDER BY i.date, i.source_id;
