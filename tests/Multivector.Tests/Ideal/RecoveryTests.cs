using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

public sealed class RecoveryTests
{
    // 60 states × 8 periods × 40 roll calls: each state-period rests on ~36 votes. With slopes of typical size
    // 1.5 the posterior sd of a position is about 0.15–0.25 against a true spread near 1.2, so the best
    // achievable correlation is about 0.97–0.99; 0.95 leaves room for shrinkage and the random-walk smoothing,
    // while a fit that lost the dimension, the bridging or the time order would fall far below it.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Recovered_positions_track_the_simulated_truth(bool ordinal)
    {
        var (problem, truth) = IdealGen.Simulate(states: 60, periods: 8, itemsPerPeriod: 40, ordinal, seed: 11);

        var fit = DynamicIrt.Fit(problem, new IdealSettings());

        Assert.True(fit.Converged, $"{fit.Iterations} iterations");
        var r = Math.Abs(DynamicIrt.Correlation(fit.X, truth));
        Assert.True(r > 0.95, $"r = {r:0.0000}");
    }

    [Fact]
    public void Movement_within_a_state_is_recovered_not_just_the_static_order()
    {
        var (problem, truth) = IdealGen.Simulate(states: 60, periods: 8, itemsPerPeriod: 40, ordinal: true, seed: 12);

        var fit = DynamicIrt.Fit(problem, new IdealSettings());

        // The change from the first to the last period, state by state: only bridging and the walk can place it.
        var sign = DynamicIrt.Correlation(fit.X, truth) > 0 ? 1 : -1;
        var trueMoves = Enumerable.Range(0, 60).Select(s => truth[s * 8 + 7] - truth[s * 8]).ToArray();
        var fitMoves = Enumerable.Range(0, 60).Select(s => sign * (fit.X[s * 8 + 7] - fit.X[s * 8])).ToArray();
        var r = DynamicIrt.Correlation(fitMoves, trueMoves);
        Assert.True(r > 0.7, $"r = {r:0.0000}");
    }
}
