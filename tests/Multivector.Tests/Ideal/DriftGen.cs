using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

/// <summary>
/// A dynamic ordinal world shaped like the General Assembly's record, for the drift test (docs/methodology.md,
/// "Checks"):
/// <list type="bullet">
/// <item>79 periods; membership grows from 50 states by four a period until three fifths of the record has passed,
/// then stays, so the last two fifths have no newcomers whose N(0, 1) start would anchor the scale;</item>
/// <item>states move slowly (steps N(0, 0.005)) and a quarter also drift steadily (±0.02–0.05 a period), so every
/// trajectory has a direction to recover;</item>
/// <item>the assembly spreads out and closes up again, every state at once (a common factor on all positions:
/// 1 at the start, 1.8 at two thirds of the record, 1.3 at the end), the polarisation a scale must follow;</item>
/// <item>10 roll calls in the first period rising to 40 in the last, 30% of cells missing (absences), most roll
/// calls passing (α ~ N(1, 1)), and discriminations that differ by period (a multiplier rising from 0.6 to
/// about 2, with noise);</item>
/// <item>sparse bridges: about a quarter of roll calls repeat an item from the previous three periods (the
/// record: 2,452 of 5,792 contested roll calls are bridged).</item>
/// </list>
/// </summary>
internal static class DriftGen
{
    public sealed record World(IdealProblem Problem, double[] TrueX, bool[] Observed, int RollCalls);

    public const int Periods = 79;

    public static World Simulate(int seed)
    {
        var random = new Random(seed);
        var growth = (int)(Periods * 0.6);
        var states = 50 + 4 * growth;
        var entry = new int[states];
        for (var s = 0; s < states; s++) entry[s] = s < 50 ? 0 : (s - 50) / 4 + 1;
        var x = new double[states * Periods];
        Array.Fill(x, double.NaN);
        for (var s = 0; s < states; s++)
        {
            var drift = random.NextDouble() < 0.25 ? (random.NextDouble() < 0.5 ? -1 : 1) * (0.02 + 0.03 * random.NextDouble()) : 0;
            var value = Normal.Draw(random);
            for (var t = entry[s]; t < Periods; t++)
            {
                if (t > entry[s]) value += drift + Math.Sqrt(0.005) * Normal.Draw(random);
                x[s * Periods + t] = value * Polarisation(t);
            }
        }
        var (alpha, beta, tau, lastUsed) = (new List<double>(), new List<double>(), new List<double>(), new List<int>());
        var (state, period, item, vote) = (new List<int>(), new List<int>(), new List<int>(), new List<byte>());
        var observed = new bool[states * Periods];
        var rollCalls = 0;
        for (var t = 0; t < Periods; t++)
        {
            var multiplier = 0.6 * Math.Exp(1.2 * t / (Periods - 1.0)) * Math.Exp(0.1 * Normal.Draw(random));
            var count = 10 + 30 * t / (Periods - 1);
            for (var i = 0; i < count; i++, rollCalls++)
            {
                // Continue a series last voted in the previous three periods (once per period), or start a new item.
                var j = -1;
                if (random.NextDouble() < 0.3)
                {
                    var candidates = Enumerable.Range(0, lastUsed.Count).Where(k => lastUsed[k] < t && lastUsed[k] >= t - 3).ToList();
                    if (candidates.Count > 0) j = candidates[random.Next(candidates.Count)];
                }
                if (j < 0)
                {
                    j = alpha.Count;
                    alpha.Add(1 + Normal.Draw(random));
                    beta.Add((random.NextDouble() < 0.5 ? -1 : 1) * multiplier * (0.5 + Math.Abs(0.5 * Normal.Draw(random))));
                    tau.Add(0.3 + 0.9 * random.NextDouble());
                    lastUsed.Add(t);
                }
                lastUsed[j] = t;
                for (var s = 0; s < states; s++)
                {
                    if (t < entry[s] || random.NextDouble() < 0.3) continue;
                    var y = alpha[j] + beta[j] * x[s * Periods + t] + Normal.Draw(random);
                    state.Add(s);
                    period.Add(t);
                    item.Add(j);
                    vote.Add(y < 0 ? (byte)0 : y < tau[j] ? (byte)1 : (byte)2);
                    observed[s * Periods + t] = true;
                }
            }
        }
        var problem = new IdealProblem(states, Periods, alpha.Count, true, [.. state], [.. period], [.. item], [.. vote]);
        return new World(problem, x, observed, rollCalls);
    }

    /// <summary>The common factor on every position in period t: 1, rising to 1.8 at two thirds, back to 1.3.</summary>
    internal static double Polarisation(int t)
    {
        var f = t / (Periods - 1.0);
        return f < 2.0 / 3 ? 1 + 1.2 * f : 1.8 - 1.5 * (f - 2.0 / 3);
    }

    /// <summary>
    /// How well a fit recovers the world, after the linear map the model cannot identify: the pooled correlation
    /// over every observed state-period; the median over states of each state's correlation over time (states
    /// present at least 10 periods whose true range exceeds 0.5, so there is movement to recover); and the scale
    /// error, the largest |log| over periods of a period's spread ratio (fitted sd over true sd) against the median
    /// ratio: 0 when the fitted spread follows the true one exactly, 0.15 when some period is 16% off.
    /// </summary>
    public static (double Pooled, double OverTime, double ScaleError) Score(World world, double[] fitted)
    {
        var p = world.Problem.Periods;
        var est = new double[fitted.Length];
        var truth = new double[fitted.Length];
        for (var c = 0; c < fitted.Length; c++) (est[c], truth[c]) = world.Observed[c] ? (fitted[c], world.TrueX[c]) : (double.NaN, double.NaN);
        var pooled = DynamicIrt.Correlation(est, truth);
        var sign = pooled < 0 ? -1 : 1;
        var overTime = new List<double>();
        for (var s = 0; s < world.Problem.States; s++)
        {
            var e = est.AsSpan(s * p, p);
            var tr = truth.AsSpan(s * p, p);
            var finite = 0;
            double lo = double.MaxValue, hi = double.MinValue;
            foreach (var v in tr) if (double.IsFinite(v)) { finite++; lo = Math.Min(lo, v); hi = Math.Max(hi, v); }
            if (finite >= 10 && hi - lo > 0.5) overTime.Add(sign * DynamicIrt.Correlation(e, tr));
        }
        var ratios = Enumerable.Range(0, p).Select(t => Sd(est, p, t) / Sd(truth, p, t)).Order().ToList();
        var middle = ratios[ratios.Count / 2];
        return (Math.Abs(pooled), overTime.Order().ElementAt(overTime.Count / 2), ratios.Max(r => Math.Abs(Math.Log(r / middle))));
    }

    private static double Sd(double[] values, int periods, int t)
    {
        var column = new List<double>();
        for (var c = t; c < values.Length; c += periods) if (double.IsFinite(values[c])) column.Add(values[c]);
        var m = column.Average();
        return Math.Sqrt(column.Sum(v => (v - m) * (v - m)) / column.Count);
    }
}
