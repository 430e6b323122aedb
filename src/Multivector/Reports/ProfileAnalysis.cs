using Multivector.Votes;

namespace Multivector.Reports;

/// <summary>
/// Agreement of one state with each partner, raw and relative to the assembly baseline, with percentile
/// bootstrap intervals that resample the period's roll calls once per replicate for everyone, so the state,
/// the partner and the baseline move together.
/// </summary>
internal static class ProfileAnalysis
{
    // Vote byte → row/column of the pair table; -1 for absent and non-member.
    private static readonly sbyte[] Slot = [-1, 0, 1, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];

    public static ProfilePeriod Period(VoteMatrix matrix, int state, IReadOnlyList<int> partners, Measure measure, Period period,
        int replicates, double level, int seed)
    {
        var columns = period.Columns().ToArray();
        var n = columns.Length;
        // Each state's votes over the period as table slots (0 yes, 1 abstain, 2 no, 3 not cast), one contiguous
        // array per state so the inner loops run over memory in order.
        var slots = new byte[matrix.States.Count][];
        for (var m = 0; m < slots.Length; m++)
        {
            var row = matrix.RawRow(m);
            var s = slots[m] = new byte[n];
            for (var k = 0; k < n; k++) s[k] = (byte)(Slot[row[columns[k]] & 0x0F] is var x && x < 0 ? 3 : x);
        }
        var ones = new int[n];
        Array.Fill(ones, 1);

        var points = new double[partners.Count];
        var baselines = new double[partners.Count];
        var both = new int[partners.Count];
        for (var p = 0; p < partners.Count; p++)
        {
            var table = Count(slots[state], slots[partners[p]], ones);
            both[p] = table.N;
            points[p] = Agreement.Compute(measure, table);
            baselines[p] = Baseline(slots, state, partners[p], measure, ones);
        }

        // replicate × partner: agreement and relative agreement. A replicate is a vector of multinomial weights
        // (how often each roll call was drawn), shared by the state, the partner and the baseline.
        var draws = new double[replicates, partners.Count];
        var relDraws = new double[replicates, partners.Count];
        if (n > 0)
        {
            Parallel.For(0, replicates, r =>
            {
                var random = new Random(unchecked(seed + r * 7919));
                var weights = new int[n];
                for (var k = 0; k < n; k++) weights[random.Next(n)]++;
                for (var p = 0; p < partners.Count; p++)
                {
                    var value = Agreement.Compute(measure, Count(slots[state], slots[partners[p]], weights));
                    draws[r, p] = value;
                    relDraws[r, p] = value - Baseline(slots, state, partners[p], measure, weights);
                }
            });
        }

        var alpha = (1 - level) / 2;
        var result = new List<PartnerPoint>(partners.Count);
        for (var p = 0; p < partners.Count; p++)
        {
            var (lo, hi) = Quantiles(Column(draws, p), alpha);
            var (rlo, rhi) = Quantiles(Column(relDraws, p), alpha);
            result.Add(new PartnerPoint(matrix.States[partners[p]].Code, both[p], points[p], lo, hi, baselines[p], points[p] - baselines[p], rlo, rhi));
        }
        return new ProfilePeriod(period.Label, n, result, BalanceOf(result, relDraws, alpha));
    }

    private static Balance BalanceOf(List<PartnerPoint> points, double[,] relDraws, double alpha)
    {
        var defined = points.Where(p => !double.IsNaN(p.Relative)).OrderByDescending(p => p.Relative).ToList();
        if (defined.Count == 0) return new Balance(null, double.NaN, double.NaN, double.NaN, double.NaN);
        var margin = defined.Count > 1 ? defined[0].Relative - defined[1].Relative : double.NaN;
        var spread = defined[0].Relative - defined[^1].Relative;
        var spreads = new double[relDraws.GetLength(0)];
        for (var r = 0; r < spreads.Length; r++)
        {
            double max = double.NegativeInfinity, min = double.PositiveInfinity;
            for (var p = 0; p < relDraws.GetLength(1); p++)
            {
                var v = relDraws[r, p];
                if (double.IsNaN(v)) continue;
                max = Math.Max(max, v);
                min = Math.Min(min, v);
            }
            spreads[r] = max >= min ? max - min : double.NaN;
        }
        var (lo, hi) = Quantiles(spreads, alpha);
        return new Balance(defined[0].Partner, margin, spread, lo, hi);
    }

    /// <summary>Mean agreement of every other member with the partner; members with no joint votes are left out.</summary>
    private static double Baseline(byte[][] slots, int state, int partner, Measure measure, int[] weights)
    {
        double sum = 0;
        var n = 0;
        for (var m = 0; m < slots.Length; m++)
        {
            if (m == partner || m == state) continue;
            var value = Agreement.Compute(measure, Count(slots[m], slots[partner], weights));
            if (double.IsNaN(value)) continue;
            sum += value;
            n++;
        }
        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>The weighted pair table: each roll call counts as often as its weight.</summary>
    private static PairTable Count(byte[] a, byte[] b, int[] weights)
    {
        Span<int> cells = stackalloc int[16];
        for (var k = 0; k < weights.Length; k++) cells[(a[k] << 2) | b[k]] += weights[k];
        Span<int> nine = stackalloc int[PairTable.CellCount];
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++) nine[i * 3 + j] = cells[(i << 2) | j];
        return PairTable.FromCounts(nine);
    }

    private static double[] Column(double[,] draws, int p)
    {
        var column = new double[draws.GetLength(0)];
        for (var r = 0; r < column.Length; r++) column[r] = draws[r, p];
        return column;
    }

    /// <summary>Percentile interval over the defined draws (type-7 quantiles, as in <see cref="Bootstrap"/>).</summary>
    internal static (double Low, double High) Quantiles(double[] values, double alpha)
    {
        var defined = values.Where(v => !double.IsNaN(v)).ToArray();
        if (defined.Length == 0) return (double.NaN, double.NaN);
        Array.Sort(defined);
        return (Quantile(defined, alpha), Quantile(defined, 1 - alpha));
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
