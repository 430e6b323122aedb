using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

/// <summary>
/// The emergency special session on Ukraine (ES-11), which the bundled UN Digital Library records bring in:
/// the tallies and Central Asian votes the issue quotes, and selections by year and session that count them.
/// </summary>
[Collection(BundledStoreGroup.Name)]
public sealed class WarYearsTests(BundledStore bundled)
{
    private static readonly StateCode[] CentralAsia = [.. new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB" }.Select(StateCode.Parse)];

    [Fact]
    public void Aggression_against_ukraine_es_11_1_has_its_tally_and_three_central_asian_abstentions()
    {
        var vote = Assert.Single(bundled.Store.FindVotes(new VoteQuery { Symbol = "A/RES/ES-11/1", States = CentralAsia }).RollCalls);

        Assert.Equal(new DateOnly(2022, 3, 2), vote.Date);
        Assert.Equal((141, 5, 35, 12), (vote.Tally.Yes, vote.Tally.No, vote.Tally.Abstain, vote.Tally.Absent));
        Assert.Equal((141, 5, 35, (int?)12), (vote.Official!.Yes, vote.Official.No, vote.Official.Abstain, vote.Official.NonVoting));
        var byState = vote.Votes.ToDictionary(v => v.State.Value, v => v.Vote);
        Assert.Equal([Vote.Abstain, Vote.Abstain, Vote.Abstain, Vote.Absent, Vote.Absent], CentralAsia.Select(s => byState[s.Value]));
    }

    [Fact]
    public void Russias_suspension_from_the_human_rights_council_es_11_3_has_four_central_asian_noes()
    {
        var vote = Assert.Single(bundled.Store.FindVotes(new VoteQuery { Symbol = "A/RES/ES-11/3", States = CentralAsia }).RollCalls);

        Assert.Equal(new DateOnly(2022, 4, 7), vote.Date);
        Assert.Equal((93, 24, 58), (vote.Tally.Yes, vote.Tally.No, vote.Tally.Abstain));
        var byState = vote.Votes.ToDictionary(v => v.State.Value, v => v.Vote);
        Assert.Equal([Vote.No, Vote.No, Vote.No, Vote.Absent, Vote.No], CentralAsia.Select(s => byState[s.Value]));
    }

    [Fact]
    public void The_es_11_series_lists_every_resolution_of_the_emergency_session()
    {
        var report = bundled.Store.FindVotes(new VoteQuery { Series = "es-11", States = CentralAsia });

        Assert.Equal(8, report.Matches);
        Assert.All(report.RollCalls, r => Assert.StartsWith("A/RES/ES-11/", r.Symbol, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 2, 24), report.RollCalls[0].Date);
    }

    [Fact]
    public void A_year_and_a_regular_session_both_count_the_emergency_votes_held_in_them()
    {
        var (kaz, rus) = (StateCode.Parse("KAZ"), StateCode.Parse("RUS"));
        var es11In2022 = bundled.Store.FindVotes(new VoteQuery { Series = "ES-11", From = new DateOnly(2022, 1, 1), To = new DateOnly(2022, 12, 31), Limit = 100 }).Matches;
        var all2022 = bundled.Store.FindVotes(new VoteQuery { From = new DateOnly(2022, 1, 1), To = new DateOnly(2022, 12, 31), Limit = 1 }).Matches;

        var byYear = bundled.Store.Agreement(kaz, rus, new Selection { FromYear = 2022, ToYear = 2022 }, PeriodKind.All, new Uncertainty(0, 0.95, 1));
        var bySession = bundled.Store.Agreement(kaz, rus, new Selection { FromSession = 76, ToSession = 76 }, PeriodKind.All, new Uncertainty(0, 0.95, 1));
        var session76 = bundled.Store.FindVotes(new VoteQuery { Session = 76, Limit = 1 }).Matches;

        Assert.Equal(5, es11In2022);
        Assert.Equal(all2022, byYear.Rows.Single().RollCalls);
        Assert.Equal(session76, bySession.Rows.Single().RollCalls);
        Assert.Contains(bundled.Store.FindVotes(new VoteQuery { Session = 76, Series = "ES-11" }).RollCalls, r => r.Symbol == "A/RES/ES-11/1");
    }
}
