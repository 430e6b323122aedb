-- Forces every column of dyad_measures to be computed without shipping a million rows to .NET: the
-- timed part of the SQL peer. Sums skip NULLs, as the C# side skips NaNs.
SELECT count(*), sum(identical), sum(voeten), sum(sd_votes), sum(sd_current), sum(s), sum(kappa), sum(pi)
FROM dyad_measures;
