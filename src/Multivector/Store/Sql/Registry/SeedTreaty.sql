INSERT INTO treaties VALUES ($id, $title, $short_title, $format, $summit, $place, $source, $note);
