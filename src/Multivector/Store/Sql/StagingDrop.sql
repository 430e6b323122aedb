DROP TABLE IF EXISTS incoming_roll_calls;
DROP TABLE IF EXISTS incoming_issues;
DROP TABLE IF EXISTS incoming_votes;
DROP TABLE IF EXISTS incoming_plan;
