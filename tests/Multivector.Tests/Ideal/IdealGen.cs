using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

/// <summary>Data simulated from the model itself, with a fixed seed, for recovery and invariance tests.</summary>
internal static class IdealGen
{
    /// <summary>
    /// States on random walks (start N(0,1), steps N(0, 0.1)), items with α ~ N(0, 1), β ~ N(0, 1.5²) away from 0,
    /// τ ~ U(0.3, 1.2); a share of items repeat in later periods (bridges) and a share of cells are missing.
    /// </summary>
    public static (IdealProblem Problem, double[] TrueX) Simulate(int states, int periods, int itemsPerPeriod, bool ordinal, int seed, double missing = 0.1)
    {
        var random = new Random(seed);
        var x = new double[states * periods];
        for (var s = 0; s < states; s++)
        {
            var value = Normal.Draw(random);
            for (var t = 0; t < periods; t++)
            {
                if (t > 0) value += Math.Sqrt(0.1) * Normal.Draw(random);
                x[s * periods + t] = value;
            }
        }
        var items = periods * itemsPerPeriod;
        var alpha = new double[items];
        var beta = new double[items];
        var tau = new double[items];
        for (var j = 0; j < items; j++)
        {
            alpha[j] = Normal.Draw(random);
            beta[j] = (random.NextDouble() < 0.5 ? -1 : 1) * (0.5 + Math.Abs(1.5 * Normal.Draw(random)));
            tau[j] = 0.3 + 0.9 * random.NextDouble();
        }
        var (state, period, item, vote) = (new List<int>(), new List<int>(), new List<int>(), new List<byte>());
        for (var t = 0; t < periods; t++)
        {
            for (var i = 0; i < itemsPerPeriod; i++)
            {
                // A fifth of the roll calls reuse an item from an earlier period: the bridges.
                var j = t > 0 && i % 5 == 0 ? (t - 1) * itemsPerPeriod + i + 1 : t * itemsPerPeriod + i;
                for (var s = 0; s < states; s++)
                {
                    if (random.NextDouble() < missing) continue;
                    var y = alpha[j] + beta[j] * x[s * periods + t] + Normal.Draw(random);
                    var v = y < 0 ? (byte)0 : ordinal && y < tau[j] ? (byte)1 : (byte)2;
                    state.Add(s);
                    period.Add(t);
                    item.Add(j);
                    vote.Add(v);
                }
            }
        }
        return (new IdealProblem(states, periods, items, ordinal, [.. state], [.. period], [.. item], [.. vote]), x);
    }
}
