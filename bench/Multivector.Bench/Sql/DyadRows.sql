-- Every dyad-session with its measures, for checking the C# results against the SQL ones.
SELECT session, state_a, state_b, n, identical, voeten, sd_votes, sd_current, s, kappa, pi
FROM dyad_measures;
