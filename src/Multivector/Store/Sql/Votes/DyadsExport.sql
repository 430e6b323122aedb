-- The dyadic dataset as written: pairs in code order, periods in time order.
SELECT * FROM dyads ORDER BY period_kind, TRY_CAST(period AS INTEGER), period, state_a, state_b
