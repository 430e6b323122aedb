using Multivector.Votes;

namespace Multivector.Tests.Votes;

public class BootstrapTests
{
    // A pair that mostly agrees, with some abstentions and a few opposite votes: 75 roll calls.
    private static readonly PairTable Typical = PairTable.FromCounts([40, 5, 3, 4, 6, 2, 2, 1, 12]);

    private static PairTable Scaled(in PairTable table, int factor)
    {
        Span<int> cells = stackalloc int[PairTable.CellCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = factor * table.Cell(i / 3, i % 3);
        return PairTable.FromCounts(cells);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        var first = Bootstrap.Intervals(Typical, replicates: 500, seed: 7);
        var second = Bootstrap.Intervals(Typical, replicates: 500, seed: 7);

        foreach (var measure in MeasureLabels.Every)
            Assert.Equal(first[measure], second[measure]);
    }

    [Fact]
    public void A_different_seed_gives_different_draws()
    {
        var first = Bootstrap.Intervals(Typical, replicates: 500, seed: 7);
        var second = Bootstrap.Intervals(Typical, replicates: 500, seed: 8);

        Assert.Contains(MeasureLabels.Every, m => first[m] != second[m]);
    }

    [Fact]
    public void Every_measure_gets_an_interval()
    {
        var intervals = Bootstrap.Intervals(Typical, replicates: 200);

        Assert.Equal(MeasureLabels.Every.Order(), intervals.Keys.Order());
    }

    [Fact]
    public void Intervals_contain_the_point_estimate_on_a_typical_table()
    {
        var intervals = Bootstrap.Intervals(Typical);

        foreach (var measure in MeasureLabels.Every)
        {
            var estimate = Agreement.Compute(measure, Typical);
            var (low, high) = intervals[measure];
            Assert.True(low < estimate && estimate < high, $"{measure.Label()}: {estimate} outside [{low}, {high}]");
        }
    }

    [Fact]
    public void Intervals_narrow_with_more_roll_calls()
    {
        // Ten times the roll calls in the same proportions: widths should shrink by about √10.
        var few = Bootstrap.Intervals(Typical);
        var many = Bootstrap.Intervals(Scaled(Typical, 10));

        foreach (var measure in MeasureLabels.Every)
        {
            var wide = few[measure].High - few[measure].Low;
            var narrow = many[measure].High - many[measure].Low;
            Assert.True(narrow < wide / 2, $"{measure.Label()}: width {narrow} with 750 roll calls, {wide} with 75");
        }
    }

    [Fact]
    public void A_higher_level_gives_a_wider_interval()
    {
        var ninety = Bootstrap.Intervals(Typical, level: 0.90);
        var ninetyNine = Bootstrap.Intervals(Typical, level: 0.99);

        foreach (var measure in MeasureLabels.Every)
        {
            Assert.True(ninetyNine[measure].Low <= ninety[measure].Low, measure.Label());
            Assert.True(ninetyNine[measure].High >= ninety[measure].High, measure.Label());
        }
    }

    [Fact]
    public void Without_roll_calls_every_interval_is_undefined()
    {
        var intervals = Bootstrap.Intervals(PairTable.FromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0]));

        foreach (var measure in MeasureLabels.Every)
        {
            Assert.True(double.IsNaN(intervals[measure].Low), measure.Label());
            Assert.True(double.IsNaN(intervals[measure].High), measure.Label());
        }
    }

    [Fact]
    public void A_measure_undefined_on_the_table_has_an_undefined_interval()
    {
        // Both always yes: every resample is the same table, κ and π stay undefined and the shares stay 1.
        var intervals = Bootstrap.Intervals(PairTable.FromCounts([30, 0, 0, 0, 0, 0, 0, 0, 0]), replicates: 100);

        Assert.True(double.IsNaN(intervals[Measure.CohenKappa].Low));
        Assert.True(double.IsNaN(intervals[Measure.ScottPi].High));
        Assert.Equal(new Interval(1, 1), intervals[Measure.Identical]);
    }

    [Fact]
    public void Resamples_on_which_a_measure_is_undefined_are_left_out()
    {
        // One yes/no pair among 20 roll calls: most resamples have none, so votes-only is mostly undefined,
        // but where defined it is 1.
        var table = PairTable.FromCounts([1, 0, 0, 0, 19, 0, 0, 0, 0]);

        var interval = Bootstrap.Intervals(table, replicates: 300)[Measure.StateDeptVotesOnly];

        Assert.Equal(new Interval(1, 1), interval);
    }

    [Fact]
    public void Nonsense_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Intervals(Typical, replicates: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Intervals(Typical, level: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Intervals(Typical, level: double.NaN));
    }
}
