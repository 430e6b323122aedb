-- The dyadic dataset as written, in the order the rows were appended: periods in time order, then pairs in
-- code order. No ORDER BY: a plain scan keeps insertion order (DuckDB's preserve_insertion_order, on by
-- default), and a sort of 918k rows would cost more than everything else here. DyadsTests checks the order.
SELECT n.codes[((d.key >> 10) & 1023) + 1] AS state_a, n.codes[(d.key & 1023) + 1] AS state_b,
       n.kind AS period_kind, n.labels[(d.key >> 20) + 1] AS period, n.roll_calls[(d.key >> 20) + 1] AS roll_calls,
       d.both_voted, d.identical, d.voeten, d.state_dept_votes_only, d.voeten AS state_dept_current, d.s, d.kappa, d.pi
FROM dyads d, dyad_names n
