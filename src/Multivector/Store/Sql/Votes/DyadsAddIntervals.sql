-- With intervals: each measure's bootstrap bounds, measure by measure, low then high (the order they are appended in).
ALTER TABLE dyads ADD COLUMN identical_low DOUBLE;
ALTER TABLE dyads ADD COLUMN identical_high DOUBLE;
ALTER TABLE dyads ADD COLUMN voeten_low DOUBLE;
ALTER TABLE dyads ADD COLUMN voeten_high DOUBLE;
ALTER TABLE dyads ADD COLUMN state_dept_votes_only_low DOUBLE;
ALTER TABLE dyads ADD COLUMN state_dept_votes_only_high DOUBLE;
ALTER TABLE dyads ADD COLUMN state_dept_current_low DOUBLE;
ALTER TABLE dyads ADD COLUMN state_dept_current_high DOUBLE;
ALTER TABLE dyads ADD COLUMN s_low DOUBLE;
ALTER TABLE dyads ADD COLUMN s_high DOUBLE;
ALTER TABLE dyads ADD COLUMN kappa_low DOUBLE;
ALTER TABLE dyads ADD COLUMN kappa_high DOUBLE;
ALTER TABLE dyads ADD COLUMN pi_low DOUBLE;
ALTER TABLE dyads ADD COLUMN pi_high DOUBLE;
