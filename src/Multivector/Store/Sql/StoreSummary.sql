SELECT (SELECT count(*) FROM roll_calls) AS roll_calls,
       (SELECT count(*) FROM votes) AS votes,
       (SELECT count(*) FROM states) AS states,
       (SELECT min(date) FROM roll_calls) AS first_date,
       (SELECT max(date) FROM roll_calls) AS last_date,
       (SELECT count(*) FROM imports) AS imports;
