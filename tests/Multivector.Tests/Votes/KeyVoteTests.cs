using Multivector.Model;
using Multivector.Reports;

namespace Multivector.Tests.Votes;

[Collection(BundledStoreGroup.Name)]
public sealed class KeyVoteTests(BundledStore bundled)
{
    private static readonly StateCode[] CentralAsia = [.. new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB" }.Select(StateCode.Parse)];

    [Fact]
    public void Ukraine_territorial_integrity_shows_the_official_tally_and_central_asian_absences()
    {
        var report = bundled.Store.FindVotes(new VoteQuery { Symbol = "A/RES/68/262", States = CentralAsia });

        var vote = Assert.Single(report.RollCalls);
        Assert.Equal(new DateOnly(2014, 3, 27), vote.Date);
        Assert.Equal("A/RES/68/262", vote.Symbol);
        Assert.Equal((100, 11, 58), (vote.Tally.Yes, vote.Tally.No, vote.Tally.Abstain));
        var byState = vote.Votes.ToDictionary(v => v.State.Value, v => v.Vote);
        Assert.Equal(Vote.Abstain, byState["KAZ"]);
        Assert.Equal(Vote.Abstain, byState["UZB"]);
        Assert.Equal(Vote.Absent, byState["KGZ"]);
        Assert.Equal(Vote.Absent, byState["TJK"]);
        Assert.Equal(Vote.Absent, byState["TKM"]);
        // 193 members in 2014: 169 voted, so 24 were absent (the official non-voting count).
        Assert.Equal(24, vote.Tally.Absent);
    }

    [Fact]
    public void A_symbol_tail_and_title_words_find_the_same_roll_call()
    {
        var bySymbol = bundled.Store.FindVotes(new VoteQuery { Symbol = "68/262" });
        var byWords = bundled.Store.FindVotes(new VoteQuery { Words = "territorial integrity ukraine", From = new DateOnly(2014, 1, 1), To = new DateOnly(2014, 12, 31) });

        Assert.Equal(bySymbol.RollCalls.Single().RollCall, byWords.RollCalls.Single().RollCall);
    }

    [Fact]
    public void A_state_is_a_non_member_before_it_joined()
    {
        var report = bundled.Store.FindVotes(new VoteQuery { Words = "", Session = 45, Limit = 1, States = [StateCode.Parse("KAZ")] });

        Assert.Equal(Vote.NonMember, report.RollCalls.Single().Votes.Single().Vote);
    }

    [Fact]
    public void Issue_filter_returns_only_roll_calls_tagged_with_that_issue()
    {
        var report = bundled.Store.FindVotes(new VoteQuery { Issue = Issue.NuclearWeapons, Session = 70, Limit = 50 });

        Assert.NotEmpty(report.RollCalls);
        Assert.All(report.RollCalls, r => Assert.Contains(Issue.NuclearWeapons, r.Issues));
    }
}
