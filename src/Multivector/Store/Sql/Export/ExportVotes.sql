SELECT v.rcid, r.session, r.date, r.symbol, v.state, s.name AS state_name, v.vote,
       CASE v.vote WHEN 1 THEN 'yes' WHEN 2 THEN 'abstain' WHEN 3 THEN 'no' WHEN 8 THEN 'absent' END AS vote_label
FROM votes v JOIN roll_calls r USING (rcid) JOIN states s ON s.code = v.state
ORDER BY r.session, r.date, v.rcid, v.state
