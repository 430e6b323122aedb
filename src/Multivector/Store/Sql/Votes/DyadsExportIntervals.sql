-- The dyadic dataset with each measure's bootstrap bounds after the values; otherwise DyadsExport.sql (the
-- same order, kept by the same plain scan).
SELECT n.codes[((d.key >> 10) & 1023) + 1] AS state_a, n.codes[(d.key & 1023) + 1] AS state_b,
       n.kind AS period_kind, n.labels[(d.key >> 20) + 1] AS period, n.roll_calls[(d.key >> 20) + 1] AS roll_calls,
       d.both_voted, d.identical, d.voeten, d.state_dept_votes_only, d.voeten AS state_dept_current, d.s, d.kappa, d.pi,
       d.identical_low, d.identical_high, d.voeten_low, d.voeten_high, d.state_dept_votes_only_low, d.state_dept_votes_only_high, d.state_dept_current_low, d.state_dept_current_high, d.s_low, d.s_high, d.kappa_low, d.kappa_high, d.pi_low, d.pi_high
FROM dyads d, dyad_names n
