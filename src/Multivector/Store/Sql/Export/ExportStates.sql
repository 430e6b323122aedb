SELECT s.*, m.member_from, m.member_to, m.note FROM states s LEFT JOIN memberships m ON m.state = s.code ORDER BY s.code, m.member_from
