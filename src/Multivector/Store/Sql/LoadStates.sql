SELECT s.code, s.iso2, s.cow, s.name, m.member_from, m.member_to
FROM states s LEFT JOIN memberships m ON m.state = s.code
ORDER BY s.code, m.member_from;
