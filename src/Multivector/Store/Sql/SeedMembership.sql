INSERT INTO memberships VALUES ($state, $member_from, $member_to, $note);
