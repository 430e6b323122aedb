using Multivector.Model;

namespace Multivector.Tests.Store;

[Collection(BundledStoreGroup.Name)]
public sealed class BundledDataTests(BundledStore bundled)
{
    [Fact]
    public void The_bundled_store_holds_every_vote_and_roll_call_of_both_sources()
    {
        var summary = bundled.Store.Summary();
        Assert.Equal(956_555, summary.Votes);
        Assert.Equal(6_674, summary.RollCalls);
        Assert.Equal(new DateOnly(2025, 8, 26), summary.LastDate);
        var sources = bundled.Store.Sources().ToDictionary(s => s.Source);
        // Voeten: 6,464 roll calls and 916,025 votes, absences dropped by the source.
        Assert.Equal((6_464, 6_464, 0, 916_025L, 0L), (sources["voeten"].RollCalls, sources["voeten"].FirstHeld, sources["voeten"].Matched, sources["voeten"].Votes, sources["voeten"].Absences));
        // UN Digital Library: 375 roll calls of 193 members each, non-voting kept as absent.
        Assert.Equal((375, 210, 165, 72_375L), (sources["undl"].RollCalls, sources["undl"].FirstHeld, sources["undl"].Matched, sources["undl"].Votes));
        Assert.Equal(new DateOnly(2021, 12, 1), sources["undl"].FirstDate);
    }

    [Fact]
    public void The_165_roll_calls_both_sources_hold_are_matched_once_and_agree_vote_for_vote()
    {
        var diff = bundled.Store.SourcesDiff("voeten", "undl");

        Assert.Equal(165, diff.RollCallsCompared);
        Assert.Empty(diff.Disagreements);
        using var command = bundled.Store.Db.CommandText("SELECT count(*), count(DISTINCT symbol_key) FROM roll_calls WHERE date >= DATE '2021-12-01'");
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }

    [Fact]
    public void A_disagreement_between_sources_is_reported_with_the_state_and_both_votes()
    {
        var path = StoreFiles.CopyOfBundled(Directory.CreateTempSubdirectory("multivector-diff-").FullName);
        try
        {
            using var store = MultivectorStore.Open(path);
            using (var command = store.Db.CommandText("""
                UPDATE source_votes SET vote = 3
                WHERE source = 'undl' AND state = 'KAZ'
                  AND rcid = (SELECT min(rcid) FROM roll_call_sources WHERE source = 'undl' AND matched_by <> 'first')
                """))
            {
                Assert.Equal(1, command.ExecuteNonQuery());
            }

            var diff = store.SourcesDiff("voeten", "undl");

            var only = Assert.Single(diff.Disagreements);
            var state = Assert.Single(only.States);
            Assert.Equal("KAZ", state.State.Value);
            Assert.Equal(Vote.No, state.B);
            Assert.NotEqual(Vote.No, state.A);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
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
