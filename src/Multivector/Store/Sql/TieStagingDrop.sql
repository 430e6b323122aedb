DROP TABLE IF EXISTS incoming_ties;
