using Multivector.Store;
using Multivector.Ideal;
using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Ideal;

[Collection(BundledStoreGroup.Name)]
public sealed class BundledGoldenTests(BundledStore bundled)
{
    // Pinned from a run of version 2 of the model (seed 20240917, defaults: ω² = 0.03, common scale, reworded bridges). The tolerance allows for floating-point
    // differences between CPUs, not for changes to the model: a change that moves these numbers should update
    // them deliberately, and say why in the commit.
    private const double Tolerance = 0.005;

    [Fact]
    public void Sessions_69_and_70_give_the_pinned_positions()
    {
        (string Code, double Session69, double Session70)[] pinned =
        [
            ("USA", 3.4360, 3.5398), ("ISR", 2.8602, 2.9552), ("GBR", 1.9349, 1.9915), ("RUS", 0.2419, 0.2596),
            ("KAZ", -0.3888, -0.4553), ("CHN", -0.5243, -0.4062), ("IRN", -1.5919, -1.6256),
        ];
        var (data, position) = Fit();

        foreach (var (code, session69, session70) in pinned)
        {
            var s = data.States.ToList().IndexOf(StateCode.Parse(code));
            Assert.Equal(session69, position[s * 2], Tolerance);
            Assert.Equal(session70, position[s * 2 + 1], Tolerance);
        }
    }

    [Fact]
    public void Sessions_69_and_70_keep_bridge_and_drop_the_pinned_roll_calls()
    {
        var (data, _) = Fit();

        Assert.Equal(129, data.RollCalls);
        Assert.Equal(25, data.Dropped);
        Assert.Equal(44, data.Bridges);
        Assert.Equal(88, data.BridgedRollCalls);
        Assert.Equal(85, data.Problem.Items);
    }

    [Fact]
    public void By_year_the_walk_steps_once_per_calendar_year()
    {
        var data = IdealData.From(bundled.Store.Matrix(new Selection { FromSession = 69, ToSession = 70 }), IdealRuns.Texts(bundled.Store.Db),
            PeriodKind.Year, binary: false, minority: 0.025);

        // The recorded votes of sessions 69 and 70 all fall in 2014 and 2015.
        Assert.Equal(["2014", "2015"], data.Periods);
        Assert.Equal(129, data.RollCalls);
    }

    private (IdealData Data, double[] Position) Fit()
    {
        var data = IdealData.From(bundled.Store.Matrix(new Selection { FromSession = 69, ToSession = 70 }), IdealRuns.Texts(bundled.Store.Db),
            PeriodKind.Session, binary: false, minority: 0.025);
        var fit = DynamicIrt.Fit(data.Problem, new IdealSettings());
        var usa = data.States.ToList().IndexOf(StateCode.Parse("USA"));
        return (data, Identification.Standardise(fit.X, data.Problem.Observed(), data.Problem.Periods, usa));
    }
}
