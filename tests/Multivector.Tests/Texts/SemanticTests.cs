using Multivector.Texts;

namespace Multivector.Tests.Texts;

/// <summary>Checks that need MiniLM. Each embeds a few dozen sentences at most; vectors are cached per process.</summary>
public sealed class SemanticTests
{
    private static ulong[] Words(string text) => [.. Tokenizer.Words(text).Select(t => Tokenizer.Hash(t.Word))];

    [Fact]
    public void A_paraphrase_of_sovereignty_language_matches_by_meaning_but_not_by_words()
    {
        string a = "Respecting mutually their sovereignty, independence, and territorial integrity, the foreign ministers declare their commitment to:";
        string b = "Reaffirming our abiding respect for the sovereignty, independence, and territorial integrity of each country, the participants agree to pursue cooperation.";
        var vectors = Embeddings.Embed([a, b]);

        Assert.True(Embeddings.Cosine(vectors[0], vectors[1]) >= AlignmentThresholds.Default.Semantic);
        Assert.True(LocalAlignment.Similarity(Words(a), Words(b)) < AlignmentThresholds.Default.Lexical);
    }

    [Fact]
    public void Embeddings_are_unit_length_and_deterministic()
    {
        var first = Embeddings.Embed(["We support a peaceful Afghanistan."])[0];

        Assert.Equal(Embeddings.Dimensions, first.Length);
        Assert.Equal(1.0, Embeddings.Cosine(first, first), 3);
    }

    [Fact]
    public void Vectors_saved_in_the_cache_file_are_used_instead_of_the_model()
    {
        var folder = Directory.CreateTempSubdirectory("multivector-vectors-").FullName;
        try
        {
            var text = "A clause never embedded before " + Guid.NewGuid().ToString("N");
            var fake = Enumerable.Repeat(0.5f, Embeddings.Dimensions).ToArray();
            var record = new byte[32 + Embeddings.Dimensions * sizeof(float)];
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text), record);
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(fake.AsSpan()).CopyTo(record.AsSpan(32));
            var file = Path.Combine(folder, "store.duckdb.minilm");
            File.WriteAllBytes(file, [.. record, 1, 2, 3]);

            Embeddings.UseCacheFile(file);

            Assert.Equal(fake, Embeddings.Embed([text])[0]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_default_thresholds_separate_the_labelled_clause_pairs()
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (a, b, same, _) in ClausePairs.All)
        {
            var v = Embeddings.Embed([a, b]);
            var predicted = LocalAlignment.Similarity(Words(a), Words(b)) >= AlignmentThresholds.Default.Lexical
                || Embeddings.Cosine(v[0], v[1]) >= AlignmentThresholds.Default.Semantic;
            if (predicted && same) tp++;
            else if (predicted) fp++;
            else if (same) fn++;
        }

        // Recorded in docs/methodology.md: precision 1.00, recall 0.76 on 21 + 17 pairs.
        Assert.Equal(0, fp);
        Assert.True(tp / (double)(tp + fn) >= 0.76, $"recall {tp}/{tp + fn}");
    }

    [Fact]
    public void Topic_tagging_keeps_its_measured_precision_and_recall()
    {
        var labels = TopicLabels.All;
        var tags = TopicTagger.Tag([.. labels.Select(l => l.Clause)], Embeddings.Embed([.. labels.Select(l => l.Clause)]));
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            tp += tags[i].Count(t => labels[i].Topics.Contains(t));
            fp += tags[i].Count(t => !labels[i].Topics.Contains(t));
            fn += labels[i].Topics.Count(t => !tags[i].Contains(t));
        }

        // Recorded in docs/methodology.md: precision 0.81, recall 0.90.
        Assert.True(tp / (double)(tp + fp) >= 0.80, $"precision {tp}/{tp + fp}");
        Assert.True(tp / (double)(tp + fn) >= 0.88, $"recall {tp}/{tp + fn}");
    }
}
