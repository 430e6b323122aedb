using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Reports;

[Collection(BundledStoreGroup.Name)]
public sealed class AgreementReportTests(BundledStore bundled)
{
    private static StateCode C(string code) => StateCode.Parse(code);

    [Fact]
    public void A_report_lists_every_measure_and_is_symmetric()
    {
        var selection = new Selection { FromSession = 60, ToSession = 65 };
        var ab = bundled.Store.Agreement(C("KAZ"), C("CHN"), selection, uncertainty: new Uncertainty(Replicates: 100));
        var ba = bundled.Store.Agreement(C("CHN"), C("KAZ"), selection, uncertainty: new Uncertainty(Replicates: 100));

        var row = Assert.Single(ab.Rows);
        Assert.Equal(MeasureLabels.Every, row.Measures.Select(m => m.Measure));
        Assert.Equal(row.Measures.Select(m => m.Value), ba.Rows.Single().Measures.Select(m => m.Value));
        Assert.All(row.Measures, m => Assert.InRange(m.Value, m.Low, m.High));
    }

    [Fact]
    public void Per_session_rows_add_up_to_the_whole()
    {
        var selection = new Selection { FromSession = 70, ToSession = 74 };
        var whole = bundled.Store.Agreement(C("UZB"), C("USA"), selection, uncertainty: new Uncertainty(Replicates: 0)).Rows.Single();
        var sessions = bundled.Store.Agreement(C("UZB"), C("USA"), selection, PeriodKind.Session, new Uncertainty(Replicates: 0)).Rows;

        Assert.Equal(["70", "71", "72", "73", "74"], sessions.Select(r => r.Period));
        Assert.Equal(whole.RollCalls, sessions.Sum(r => r.RollCalls));
        Assert.Equal(whole.BothVoted, sessions.Sum(r => r.BothVoted));
    }

    [Fact]
    public void Excluding_unanimous_votes_lowers_identical_agreement()
    {
        var all = bundled.Store.Agreement(C("KGZ"), C("USA"), new Selection { FromSession = 50 }, uncertainty: new Uncertainty(Replicates: 0)).Rows.Single();
        var contested = bundled.Store.Agreement(C("KGZ"), C("USA"), new Selection { FromSession = 50, ExcludeUnanimous = true }, uncertainty: new Uncertainty(Replicates: 0)).Rows.Single();

        Assert.True(contested.RollCalls < all.RollCalls);
        Assert.True(contested.Measures[0].Value <= all.Measures[0].Value);
    }
}
