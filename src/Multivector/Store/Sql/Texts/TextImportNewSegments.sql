SELECT count(*) FROM incoming_segments WHERE document NOT IN (SELECT id FROM documents);
