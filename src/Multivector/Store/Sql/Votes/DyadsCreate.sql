-- The dyadic dataset before it is written out (in a throwaway in-memory database; the store is not touched).
-- Rows arrive as one integer key (period × 2^20 + state A × 2^10 + state B, which sorts in output order), the
-- count and six measures; the names are looked up at export from one row of lists. Appending 918k rows costs per value, so nothing is
-- staged twice: the State Department's current coincidence is Voeten's number exactly and is copied at export.
CREATE TABLE dyad_names (codes VARCHAR[] NOT NULL, kind VARCHAR NOT NULL, labels VARCHAR[] NOT NULL, roll_calls INTEGER[] NOT NULL);
CREATE TABLE dyads (
    key BIGINT NOT NULL,
    both_voted INTEGER NOT NULL,    -- roll calls in the period on which both cast yes, abstain or no
    identical DOUBLE,
    voeten DOUBLE,
    state_dept_votes_only DOUBLE,
    s DOUBLE,
    kappa DOUBLE,
    pi DOUBLE
);
