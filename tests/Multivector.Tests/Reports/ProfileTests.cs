using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Reports;

[Collection(BundledStoreGroup.Name)]
public sealed class ProfileTests(BundledStore bundled)
{
    private static StateCode C(string code) => StateCode.Parse(code);

    [Fact]
    public void Kazakhstan_sides_with_russia_more_than_the_average_member_and_with_the_usa_less()
    {
        var report = bundled.Store.Profile(C("KAZ"), selection: new Selection { FromYear = 1992 }, by: PeriodKind.All,
            uncertainty: new Uncertainty(Replicates: 50));

        var overall = report.Overall!;
        var usa = overall.Partners.Single(p => p.Partner == C("USA"));
        var rus = overall.Partners.Single(p => p.Partner == C("RUS"));
        Assert.True(rus.Relative > 0, $"KAZ–RUS relative {rus.Relative}");
        Assert.True(usa.Relative < 0, $"KAZ–USA relative {usa.Relative}");
        Assert.InRange(usa.Agreement, usa.Low, usa.High);
        Assert.InRange(rus.Relative, rus.RelativeLow, rus.RelativeHigh);
        Assert.NotEqual(C("USA"), overall.Balance.LeansTo);
    }

    [Fact]
    public void Relative_agreement_is_agreement_minus_the_baseline()
    {
        var report = bundled.Store.Profile(C("UZB"), [C("IND"), C("TUR")], Measure.Identical, new Selection { FromYear = 2010, ToYear = 2012 },
            PeriodKind.Year, new Uncertainty(Replicates: 20));

        Assert.Equal(["2010", "2011", "2012"], report.Periods.Select(p => p.Period));
        foreach (var point in report.Periods.SelectMany(p => p.Partners))
            Assert.Equal(point.Agreement - point.Baseline, point.Relative, 12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        Uncertainty u = new(Replicates: 30, Seed: 7);
        var selection = new Selection { FromYear = 2015, ToYear = 2015 };
        var first = bundled.Store.Profile(C("TJK"), selection: selection, by: PeriodKind.All, uncertainty: u);
        var second = bundled.Store.Profile(C("TJK"), selection: selection, by: PeriodKind.All, uncertainty: u);

        Assert.Equal(first.Overall!.Partners, second.Overall!.Partners);
    }
}
