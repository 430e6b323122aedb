DROP TABLE IF EXISTS incoming_roll_calls;
DROP TABLE IF EXISTS incoming_issues;
DROP VIEW IF EXISTS incoming_votes;
DROP TABLE IF EXISTS incoming_vote_numbers;
DROP TABLE IF EXISTS incoming_states;
DROP TABLE IF EXISTS incoming_plan;
