using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

public sealed class BootstrapTests
{
    [Fact]
    public void Percentiles_interpolate_between_order_statistics_as_R_type_7_does()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        // R: quantile(1:10, c(0.025, 0.5, 0.975)) gives 1.225, 5.5, 9.775.
        Assert.Equal(1.225, ParametricBootstrap.Percentile(sorted, 0.025), 12);
        Assert.Equal(5.5, ParametricBootstrap.Percentile(sorted, 0.5), 12);
        Assert.Equal(9.775, ParametricBootstrap.Percentile(sorted, 0.975), 12);
        Assert.Equal(10, ParametricBootstrap.Percentile(sorted, 1), 12);
    }

    [Fact]
    public void Holding_the_roll_calls_fixed_gives_intervals_close_to_refitting_everything()
    {
        var (problem, _) = IdealGen.Simulate(states: 40, periods: 4, itemsPerPeriod: 40, ordinal: true, seed: 31);
        var settings = new IdealSettings();
        var fit = DynamicIrt.Fit(problem, settings);
        var observed = problem.Observed();
        var position = Identification.Standardise(fit.X, observed, problem.Periods, 0);

        var (fixedLow, fixedHigh) = ParametricBootstrap.Intervals(problem, fit, position, observed, settings, 30, 0.95, 0);
        var (fullLow, fullHigh) = ParametricBootstrap.Intervals(problem, fit, position, observed, settings, 30, 0.95, 0, refitItems: true);

        // Each roll call rests on ~36 votes here (against ~190 in the Assembly), so its parameters are less sure than
        // the record's and refitting them widens the intervals more than it does there; still within a fifth.
        var ratio = Width(fixedLow, fixedHigh, observed) / Width(fullLow, fullHigh, observed);
        Assert.InRange(ratio, 0.8, 1.05);
    }

    [Fact]
    public void From_a_hundred_replicates_the_intervals_are_the_replicates_percentiles()
    {
        var (problem, _) = IdealGen.Simulate(states: 30, periods: 3, itemsPerPeriod: 30, ordinal: true, seed: 32);
        var settings = new IdealSettings();
        var fit = DynamicIrt.Fit(problem, settings);
        var observed = problem.Observed();
        var position = Identification.Standardise(fit.X, observed, problem.Periods, 0);

        var (low, high) = ParametricBootstrap.Intervals(problem, fit, position, observed, settings, ParametricBootstrap.PercentileFrom, 0.95, 0);
        var (normalLow, normalHigh) = ParametricBootstrap.Intervals(problem, fit, position, observed, settings, ParametricBootstrap.PercentileFrom - 1, 0.95, 0);

        // Percentile bounds need not be symmetric about the estimate, while ± z·sd bounds always are.
        var asymmetric = Enumerable.Range(0, position.Length).Count(c => observed[c] && Math.Abs((high[c] - position[c]) - (position[c] - low[c])) > 1e-3);
        var symmetric = Enumerable.Range(0, position.Length).All(c => !observed[c] || Math.Abs((normalHigh[c] - position[c]) - (position[c] - normalLow[c])) < 1e-9);
        Assert.True(asymmetric > 0, "every percentile interval was symmetric");
        Assert.True(symmetric);
        // A state near one end of a small assembly can be separated in some replicates, so its draws have a long tail
        // on one side: the percentile interval follows it where ± z·sd cannot.
        Assert.All(Enumerable.Range(0, position.Length).Where(c => observed[c]), c => Assert.True(high[c] - low[c] is > 0 and < 5, $"width {high[c] - low[c]}"));
    }

    private static double Width(double[] low, double[] high, bool[] observed) =>
        Enumerable.Range(0, low.Length).Where(c => observed[c]).Average(c => high[c] - low[c]);
}
