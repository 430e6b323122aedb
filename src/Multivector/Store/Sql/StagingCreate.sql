CREATE OR REPLACE TEMP TABLE incoming_roll_calls (
    source_id BIGINT, session INTEGER, date DATE, symbol VARCHAR, symbol_key VARCHAR, title VARCHAR, description VARCHAR,
    amendment BOOLEAN, paragraph BOOLEAN, important BOOLEAN,
    official_yes INTEGER, official_no INTEGER, official_abstain INTEGER, official_non_voting INTEGER,
    ord INTEGER
);
CREATE OR REPLACE TEMP TABLE incoming_issues (source_id BIGINT, issue VARCHAR);
-- Votes arrive with a small state number rather than the code (appending a string per vote is most of the
-- staging time); incoming_votes names them for the plan and apply steps.
CREATE OR REPLACE TEMP TABLE incoming_states (number SMALLINT PRIMARY KEY, state VARCHAR NOT NULL);
CREATE OR REPLACE TEMP TABLE incoming_vote_numbers (source_id BIGINT, number SMALLINT, vote UTINYINT);
CREATE OR REPLACE TEMP VIEW incoming_votes AS
SELECT v.source_id, s.state, v.vote FROM incoming_vote_numbers v JOIN incoming_states s USING (number);
