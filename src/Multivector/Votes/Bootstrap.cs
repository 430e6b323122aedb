namespace Multivector.Votes;

/// <summary>A confidence interval; both bounds are NaN when the measure is undefined.</summary>
internal readonly record struct Interval(double Low, double High);

/// <summary>
/// Percentile bootstrap intervals for every <see cref="Measure"/> of one pair of states, resampling the n roll
/// calls on which both cast a vote, with replacement.
/// </summary>
/// <remarks>
/// Every measure is a function of the <see cref="PairTable"/>, and a roll call enters the table only through the
/// cell it falls in, so drawing n roll calls with replacement is the same as drawing n cells with probability
/// t(i, j) / n. That is what this does, without needing the roll calls themselves.
///
/// The bootstrap treats roll calls as exchangeable. They are not: resolutions cluster within sessions and
/// within agenda items (a package of Middle East votes moves together), so the intervals are too narrow
/// wherever votes are correlated, and with few roll calls (say under 20) the percentile interval is itself
/// rough. A replicate on which a measure is undefined (κ and π when the resample has no variation, the State
/// Department's votes-only share when it has no yes/no pair) is left out, so such an interval is conditional on
/// the measure being defined.
///
/// Efron and Tibshirani (1993), An Introduction to the Bootstrap, ch. 13 (percentile interval). Quantiles use
/// linear interpolation between order statistics (Hyndman and Fan's type 7, R's default).
/// <see cref="Random"/> with a seed is deterministic from run to run; .NET does not promise the same sequence
/// across major runtime versions.
/// </remarks>
internal static class Bootstrap
{
    public static IReadOnlyDictionary<Measure, Interval> Intervals(
        in PairTable table, int replicates = 1000, double level = 0.95, int seed = 20240917)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");

        var measures = MeasureLabels.Every;
        var intervals = new Dictionary<Measure, Interval>(measures.Count);
        var undefined = new Interval(double.NaN, double.NaN);
        if (table.N == 0)
        {
            foreach (var measure in measures) intervals[measure] = undefined;
            return intervals;
        }

        // One buffer for the whole run: replicates × measures, one contiguous slice per measure for sorting.
        var draws = new double[measures.Count * replicates];
        Resample(table, replicates, seed, measures, draws);

        var alpha = 1 - level;
        for (var m = 0; m < measures.Count; m++)
        {
            var measure = measures[m];
            if (double.IsNaN(Agreement.Compute(measure, table)))
            {
                intervals[measure] = undefined;
                continue;
            }
            var slice = draws.AsSpan(m * replicates, replicates);
            slice.Sort();
            // double's ordering puts NaN first; the defined draws follow.
            var firstDefined = 0;
            while (firstDefined < slice.Length && double.IsNaN(slice[firstDefined])) firstDefined++;
            var defined = slice[firstDefined..];
            intervals[measure] = defined.IsEmpty
                ? undefined
                : new Interval(Quantile(defined, alpha / 2), Quantile(defined, 1 - alpha / 2));
        }
        return intervals;
    }

    private static void Resample(in PairTable table, int replicates, int seed, IReadOnlyList<Measure> measures, double[] draws)
    {
        var n = table.N;
        // Cumulative cell counts: roll call u ∈ [0, n) falls in the first cell whose running total exceeds u.
        Span<int> upper = stackalloc int[PairTable.CellCount];
        var total = 0;
        for (var cell = 0; cell < PairTable.CellCount; cell++)
        {
            total += table.Cell(cell / PairTable.Options, cell % PairTable.Options);
            upper[cell] = total;
        }

        Span<int> counts = stackalloc int[PairTable.CellCount];
        var random = new Random(seed);
        for (var r = 0; r < replicates; r++)
        {
            counts.Clear();
            for (var k = 0; k < n; k++)
            {
                var u = random.Next(n);
                var cell = 0;
                while (u >= upper[cell]) cell++;
                counts[cell]++;
            }
            var resample = PairTable.FromCounts(counts);
            for (var m = 0; m < measures.Count; m++)
                draws[m * replicates + r] = Agreement.Compute(measures[m], resample);
        }
    }

    /// <summary>Type 7 quantile of sorted values: interpolate at position (m − 1)·p.</summary>
    private static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        if (below >= sorted.Length - 1) return sorted[^1];
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
