INSERT INTO summit_documents VALUES ($summit, $document, $position);
