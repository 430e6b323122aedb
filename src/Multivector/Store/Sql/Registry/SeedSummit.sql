INSERT INTO summits VALUES ($id, $date, $precision, $format, $level, $title, $place, $host, $participants, $source, $note, $description);
