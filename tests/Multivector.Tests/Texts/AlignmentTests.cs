using Multivector.Texts;

namespace Multivector.Tests.Texts;

public sealed class AlignmentTests
{
    private static ulong[] Words(string text) => [.. Tokenizer.Words(text).Select(t => Tokenizer.Hash(t.Word))];

    [Fact]
    public void Identical_clauses_score_one_and_disjoint_clauses_zero()
    {
        Assert.Equal(1.0, LocalAlignment.Similarity(Words("reaffirm the value of the format"), Words("Reaffirm the value of the format.")), 12);
        Assert.Equal(0.0, LocalAlignment.Similarity(Words("reaffirm the value"), Words("glacier preservation")), 12);
    }

    [Fact]
    public void One_changed_word_costs_what_the_scoring_says()
    {
        // a b c d e vs a b X d e: 4 matches (+8) and one mismatch (−1) = 7; scaled 2·7/(2·(5+5)) = 0.7.
        var match = LocalAlignment.Align(Words("a b c d e"), Words("a b x d e"));

        Assert.Equal(7, match.Score);
        Assert.Equal((0, 5, 0, 5), (match.AStart, match.AEnd, match.BStart, match.BEnd));
        Assert.Equal(0.7, LocalAlignment.Similarity(Words("a b c d e"), Words("a b x d e")), 12);
    }

    [Fact]
    public void Score_only_alignment_equals_the_full_alignment_score()
    {
        var random = new Random(20261129);
        for (var k = 0; k < 200; k++)
        {
            // A small vocabulary, so that random sequences share words and the score is rarely zero.
            var a = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.Next(6)).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (ulong)random.Next(6)).ToArray();
            Assert.Equal(LocalAlignment.Align(a, b).Score, LocalAlignment.Score(a, b));
        }
    }

    [Fact]
    public void Local_alignment_is_symmetric()
    {
        var random = new Random(20240917);
        for (var i = 0; i < 50; i++)
        {
            var a = Enumerable.Range(0, random.Next(1, 30)).Select(_ => (ulong)random.Next(6)).ToArray();
            var b = Enumerable.Range(0, random.Next(1, 30)).Select(_ => (ulong)random.Next(6)).ToArray();
            Assert.Equal(LocalAlignment.Align(a, b).Score, LocalAlignment.Align(b, a).Score);
        }
    }

    [Fact]
    public void Matching_uses_each_clause_at_most_once()
    {
        var text = "We support peace in the region. We support peace in the region. We support peace in the region.";
        var a = Clause.From(text, Segmenter.Clauses(text), null);
        var b = Clause.From("We support peace in the region.", Segmenter.Clauses("We support peace in the region."), null);

        var matches = ClauseAligner.Align(a, b, AlignmentThresholds.Default with { UseSemantic = false });

        Assert.Single(matches);
        Assert.Equal(MatchKind.Verbatim, matches[0].Kind);
    }

    [Theory]
    [InlineData(0, 3, ClauseRole.Spin)]
    [InlineData(1, 3, ClauseRole.Partial)]
    [InlineData(2, 3, ClauseRole.Core)]
    [InlineData(1, 4, ClauseRole.Partial)]
    [InlineData(2, 4, ClauseRole.Core)]
    [InlineData(1, 2, ClauseRole.Core)]
    [InlineData(0, 2, ClauseRole.Spin)]
    [InlineData(2, 5, ClauseRole.Partial)]
    [InlineData(3, 5, ClauseRole.Core)]
    public void A_clause_is_core_when_most_of_the_others_match_it(int matchedIn, int documents, ClauseRole role) =>
        Assert.Equal(role, CoreSpin.Role(matchedIn, documents));
}
