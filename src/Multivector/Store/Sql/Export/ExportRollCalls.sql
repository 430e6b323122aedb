SELECT r.*, (SELECT string_agg(issue, ',' ORDER BY issue) FROM roll_call_issues i WHERE i.rcid = r.rcid) AS issues
FROM roll_calls r ORDER BY r.session, r.date, r.rcid
