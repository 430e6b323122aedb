INSERT INTO summit_formats VALUES ($id, $name, $partners, $note);
