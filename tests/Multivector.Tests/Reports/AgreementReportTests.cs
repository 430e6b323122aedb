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
    public void Every_host_gets_the_same_default_replicates_as_the_cli()
    {
        var selection = new Selection { FromYear = 2020, ToYear = 2021 };

        Assert.Equal(1000, bundled.Store.Agreement(C("KAZ"), C("RUS"), selection).Replicates);
        Assert.Equal(200, bundled.Store.Agreement(C("KAZ"), C("RUS"), selection, PeriodKind.Year).Replicates);
        Assert.Equal(Defaults.ProfileReplicates, bundled.Store.Profile(C("KAZ"), selection: selection, by: PeriodKind.All).Replicates);
    }

    [Fact]
    public void User_errors_carry_a_kind_a_host_can_answer()
    {
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<MultivectorException>(() => bundled.Store.ResolveState("Atlantis")).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<MultivectorException>(() => bundled.Store.Document("no-such-document")).Kind);
        Assert.Equal(ErrorKind.BadRequest, Assert.Throws<MultivectorException>(() => bundled.Store.Agreement(C("KAZ"), C("RUS"), new Selection { FromYear = 2020, ToYear = 2010 })).Kind);
        Assert.Equal(ErrorKind.BadRequest, Assert.Throws<MultivectorException>(() => bundled.Store.Profile(C("KAZ"), [C("KAZ")])).Kind);
    }

    [Fact]
    public void Partners_starting_with_a_plus_add_to_the_default()
    {
        Assert.Equal([C("USA"), C("CHN"), C("DEU")], bundled.Store.ResolvePartners(C("RUS"), "+Germany"));
        Assert.Equal([C("DEU"), C("IND")], bundled.Store.ResolvePartners(C("RUS"), "DEU, ind ,DEU"));
        Assert.Empty(bundled.Store.ResolvePartners(C("RUS"), " "));
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
