-- The dyadic dataset before it is written out: one row per pair of states and period (in a throwaway
-- in-memory database; the store is not touched).
CREATE TABLE dyads (
    state_a VARCHAR NOT NULL,
    state_b VARCHAR NOT NULL,
    period_kind VARCHAR NOT NULL,   -- session or year
    period VARCHAR NOT NULL,
    roll_calls INTEGER NOT NULL,    -- roll calls in the period
    both_voted INTEGER NOT NULL,    -- of them, those where both cast yes, abstain or no
    identical DOUBLE,
    voeten DOUBLE,
    state_dept_votes_only DOUBLE,
    state_dept_current DOUBLE,
    s DOUBLE,
    kappa DOUBLE,
    pi DOUBLE
);
