using Multivector.Texts;

namespace Multivector.Tests.Texts;

public sealed class ReuseIndexTests
{
    private const string Shared = "the ministers welcomed the new atmosphere of partnership in the region and agreed to deepen cooperation on water energy and trade corridors linking the five states to world markets";

    private static ReuseText Text(string id, int day, string text) => new(id, new DateOnly(2023, 1, day), text);

    private static List<ReuseText> Corpus(int seed)
    {
        var random = new Random(seed);
        string Filler(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => $"w{random.Next(5000)}"));
        return
        [
            Text("a", 1, $"{Filler(400)} {Shared} {Filler(300)}"),
            Text("b", 2, $"{Filler(250)} {Shared} {Filler(500)}"),
            Text("c", 3, Filler(600)),
        ];
    }

    [Fact]
    public void Windowed_verification_finds_the_same_passage_as_the_full_scan()
    {
        var corpus = Corpus(20261129);
        var index = new ReuseIndex(corpus, minShared: 2, maxDocumentShare: 1.0, sample: 1);

        Assert.Equal([(0, 1)], index.Pairs());
        var full = ReuseFinder.Passages(corpus[0], corpus[1]);
        Assert.Single(full);
        Assert.Equal(full, index.Passages(0, 1));
    }

    [Fact]
    public void Sampling_one_5_gram_in_three_still_pairs_the_documents_that_share_a_passage()
    {
        var corpus = Corpus(7);
        var index = new ReuseIndex(corpus, minShared: 2, maxDocumentShare: 1.0, sample: 3);

        Assert.Equal([(0, 1)], index.Pairs());
        Assert.Single(index.Passages(0, 1));
    }
}
