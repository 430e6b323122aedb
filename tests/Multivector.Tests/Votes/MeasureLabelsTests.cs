using Multivector.Votes;

namespace Multivector.Tests.Votes;

public class MeasureLabelsTests
{
    [Theory]
    [InlineData(Measure.Identical, "identical")]
    [InlineData(Measure.Voeten, "voeten")]
    [InlineData(Measure.StateDeptVotesOnly, "sd-votes")]
    [InlineData(Measure.StateDeptCurrent, "sd-current")]
    [InlineData(Measure.SignorinoRitterS, "s")]
    [InlineData(Measure.CohenKappa, "kappa")]
    [InlineData(Measure.ScottPi, "pi")]
    public void Each_measure_has_a_short_label_that_parses_back(Measure measure, string label)
    {
        Assert.Equal(label, measure.Label());
        Assert.Equal(measure, MeasureLabels.Parse(label));
    }

    [Fact]
    public void Parsing_ignores_case_and_accepts_the_full_name()
    {
        Assert.Equal(Measure.CohenKappa, MeasureLabels.Parse(" KAPPA "));
        Assert.Equal(Measure.StateDeptCurrent, MeasureLabels.Parse("StateDeptCurrent"));
    }

    [Fact]
    public void An_unknown_label_is_refused_with_the_valid_ones()
    {
        var error = Assert.Throws<MultivectorException>(() => MeasureLabels.Parse("tau-b"));
        Assert.Contains("sd-votes", error.Message);
        Assert.False(MeasureLabels.TryParse(null, out _));
    }

    [Fact]
    public void Every_lists_each_measure_once()
    {
        Assert.Equal(Enum.GetValues<Measure>(), MeasureLabels.Every);
    }
}
