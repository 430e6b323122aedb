using Multivector.Model;

namespace Multivector.Tests.Store;

[Collection(BundledStoreGroup.Name)]
public sealed class BundledDataTests(BundledStore bundled)
{
    [Fact]
    public void The_bundled_store_holds_every_vote_and_roll_call_of_the_source()
    {
        var summary = bundled.Store.Summary();
        Assert.Equal(916_025, summary.Votes);
        Assert.Equal(6_464, summary.RollCalls);
        Assert.Equal(new DateOnly(2023, 9, 1), summary.LastDate);
    }

    [Fact]
    public void Namibia_is_read_as_a_state_not_as_missing()
    {
        var nam = bundled.Store.ResolveState("Namibia");
        Assert.Equal(StateCode.Parse("NAM"), nam);
    }

    [Fact]
    public void Only_the_documented_votes_fall_outside_un_membership()
    {
        // data/STATES.md lists them: 258 in the month of admission (pre-1997 days are not real days),
        // one Swiss and three Fijian votes dated before admission by the source.
        using var command = bundled.Store.Db.CommandText("""
            SELECT count(*) FROM votes v JOIN roll_calls r USING (rcid)
            WHERE NOT EXISTS (SELECT 1 FROM memberships m
                              WHERE m.state = v.state AND r.date >= m.member_from AND (m.member_to IS NULL OR r.date <= m.member_to))
            """);

        Assert.Equal(262L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_central_asian_republics_join_in_1992_and_have_votes_only_from_then()
    {
        foreach (var code in new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB" })
        {
            var state = bundled.Store.State(StateCode.Parse(code));
            Assert.Equal(new DateOnly(1992, 3, 2), Assert.Single(state.Memberships).From);
        }
    }
}
