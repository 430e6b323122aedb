SELECT count(*) FILTER (WHERE is_new) AS added,
       count(*) FILTER (WHERE NOT is_new) AS matched,
       (SELECT count(*) FROM incoming_votes v JOIN incoming_plan p USING (source_id) WHERE p.is_new) AS votes,
       (SELECT count(*) FROM incoming_plan p JOIN roll_calls r ON r.rcid = p.rcid WHERE p.is_new) AS clashes
FROM incoming_plan;
