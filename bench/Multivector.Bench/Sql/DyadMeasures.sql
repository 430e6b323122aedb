-- Every measure for every pair of states in every session, in SQL: the peer for DyadBenchmarks.
-- A pair appears in a session when both states cast yes (1), abstain (2) or no (3) on at least one roll
-- call; state_a < state_b in byte order. Cells t_ij count A voting i and B voting j, with 0 yes, 1 abstain,
-- 2 no. The formulas are those of docs/methodology.md in their integer forms; NULL where a
-- measure is undefined (the C# side returns NaN).
CREATE OR REPLACE TEMP VIEW dyad_measures AS
WITH cast_votes AS (
    SELECT r.session, v.rcid, v.state, v.vote
    FROM votes v JOIN roll_calls r USING (rcid)
    WHERE v.vote BETWEEN 1 AND 3
),
cells AS (
    SELECT a.session, a.state AS state_a, b.state AS state_b,
           count(*) FILTER (WHERE a.vote = 1 AND b.vote = 1) AS t00,
           count(*) FILTER (WHERE a.vote = 1 AND b.vote = 2) AS t01,
           count(*) FILTER (WHERE a.vote = 1 AND b.vote = 3) AS t02,
           count(*) FILTER (WHERE a.vote = 2 AND b.vote = 1) AS t10,
           count(*) FILTER (WHERE a.vote = 2 AND b.vote = 2) AS t11,
           count(*) FILTER (WHERE a.vote = 2 AND b.vote = 3) AS t12,
           count(*) FILTER (WHERE a.vote = 3 AND b.vote = 1) AS t20,
           count(*) FILTER (WHERE a.vote = 3 AND b.vote = 2) AS t21,
           count(*) FILTER (WHERE a.vote = 3 AND b.vote = 3) AS t22
    FROM cast_votes a JOIN cast_votes b ON a.rcid = b.rcid AND a.state < b.state
    GROUP BY a.session, a.state, b.state
),
totals AS (
    SELECT *,
           t00 + t01 + t02 + t10 + t11 + t12 + t20 + t21 + t22 AS n,
           t00 + t11 + t22 AS same,
           t02 + t20 AS opposite,
           t01 + t10 + t12 + t21 AS partial,
           t01 + t10 + t12 + t21 + 2 * (t02 + t20) AS steps,
           t00 + t01 + t02 AS r0, t10 + t11 + t12 AS r1, t20 + t21 + t22 AS r2,
           t00 + t10 + t20 AS c0, t01 + t11 + t21 AS c1, t02 + t12 + t22 AS c2
    FROM cells
),
expected AS (
    SELECT *,
           -- Σ_k Σ_l r_k·c_l·|k − l| (κ) and, with m_k = r_k + c_k, m0·m1 + m1·m2 + 2·m0·m2 (π).
           r0 * c1 + 2 * r0 * c2 + r1 * c0 + r1 * c2 + 2 * r2 * c0 + r2 * c1 AS kappa_expected,
           (r0 + c0) * (r1 + c1) + (r1 + c1) * (r2 + c2) + 2 * (r0 + c0) * (r2 + c2) AS pi_expected
    FROM totals
)
SELECT session, state_a, state_b, n, t00, t01, t02, t10, t11, t12, t20, t21, t22,
       same::DOUBLE / n AS identical,
       (2 * n - steps)::DOUBLE / (2 * n) AS voeten,
       (t00 + t22)::DOUBLE / nullif(t00 + t22 + opposite, 0) AS sd_votes,
       (2 * same + partial)::DOUBLE / (2 * n) AS sd_current,
       (n - steps)::DOUBLE / n AS s,
       1 - n::DOUBLE * steps / nullif(kappa_expected, 0) AS kappa,
       1 - 2::DOUBLE * n * steps / nullif(pi_expected, 0) AS pi
FROM expected;
