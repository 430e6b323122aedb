CREATE OR REPLACE TEMP TABLE incoming_roll_calls (
    source_id BIGINT, session INTEGER, date DATE, symbol VARCHAR, symbol_key VARCHAR, title VARCHAR, description VARCHAR,
    amendment BOOLEAN, paragraph BOOLEAN, important BOOLEAN,
    official_yes INTEGER, official_no INTEGER, official_abstain INTEGER, official_non_voting INTEGER,
    ord INTEGER
);
CREATE OR REPLACE TEMP TABLE incoming_issues (source_id BIGINT, issue VARCHAR);
CREATE OR REPLACE TEMP TABLE incoming_votes (source_id BIGINT, state VARCHAR, vote UTINYINT);
