using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Texts;

[JsonConverter(typeof(KebabCaseEnumConverter<MatchKind>))]

public enum MatchKind
{
    /// <summary>Near-verbatim: the lexical score alone clears the verbatim threshold.</summary>
    Verbatim,
    /// <summary>Reworded but sharing much of the wording.</summary>
    Lexical,
    /// <summary>Paraphrase: found by meaning (embeddings) with little shared wording.</summary>
    Semantic,
}

/// <summary>
/// When two clauses count as saying the same thing. Calibrated on the labelled clause pairs in
/// tests/Multivector.Tests/Texts/ClausePairs.cs; docs/methodology.md gives the numbers.
/// </summary>
public sealed record AlignmentThresholds(double Verbatim, double Lexical, double Semantic)
{
    public static readonly AlignmentThresholds Default = new(0.80, 0.30, 0.60);

    /// <summary>Without embeddings only the lexical thresholds apply.</summary>
    public bool UseSemantic { get; init; } = true;
}

/// <summary>Clause <see cref="A"/> of one document matched to clause <see cref="B"/> of another, with both scores.</summary>
internal sealed record ClauseMatch(int A, int B, double Lexical, double Semantic, MatchKind Kind);

/// <summary>A clause ready to compare: its segment, its word hashes and (when semantic matching is on) its embedding.</summary>
internal sealed record Clause(Segment Segment, ulong[] Words, float[]? Vector)
{
    public static Clause[] From(string text, IReadOnlyList<Segment> clauses, float[][]? vectors) =>
        [.. clauses.Select((c, i) => new Clause(c, [.. Tokenizer.Words(text, c.Start, c.End).Select(t => Tokenizer.Hash(t.Word))], vectors?[i]))];
}

/// <summary>
/// One-to-one matching of the clauses of two documents. Every pair gets a lexical score (scaled
/// Smith–Waterman, <see cref="LocalAlignment.Similarity"/>) and a semantic score (cosine of MiniLM
/// embeddings). A pair is a candidate when either clears its threshold; candidates are taken greedily by
/// the sum of the two scores, each clause used at most once. The sum lets shared wording break ties between
/// paraphrases: a clause that repeats an older one's words and meaning beats one that only shares its gist.
/// </summary>
/// <remarks>
/// Greedy matching is not the optimal assignment (Hungarian), but with thresholds this high the candidate
/// graph is sparse and the two rarely differ; greedy keeps the best-scoring pairs, which is what a reader
/// checks first. Short clauses (fewer than 4 words, such as signature lines) are never matched by meaning,
/// because their embeddings are unreliable.
/// </remarks>
internal static class ClauseAligner
{
    public static List<ClauseMatch> Align(IReadOnlyList<Clause> a, IReadOnlyList<Clause> b, AlignmentThresholds thresholds)
    {
        var candidates = new List<ClauseMatch>();
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var semantic = thresholds.UseSemantic && a[i].Vector is { } va && b[j].Vector is { } vb ? Embeddings.Cosine(va, vb) : 0.0;
                var lexical = LocalAlignment.Similarity(a[i].Words, b[j].Words);
                var kind = lexical >= thresholds.Verbatim ? MatchKind.Verbatim
                    : lexical >= thresholds.Lexical ? MatchKind.Lexical
                    : semantic >= thresholds.Semantic && Math.Min(a[i].Words.Length, b[j].Words.Length) >= 4 ? MatchKind.Semantic
                    : (MatchKind?)null;
                if (kind is { } k) candidates.Add(new ClauseMatch(i, j, lexical, semantic, k));
            }
        }
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var matches = new List<ClauseMatch>();
        foreach (var m in candidates.OrderByDescending(m => m.Lexical + m.Semantic).ThenBy(m => m.A).ThenBy(m => m.B))
        {
            if (usedA[m.A] || usedB[m.B]) continue;
            usedA[m.A] = usedB[m.B] = true;
            matches.Add(m);
        }
        matches.Sort((x, y) => x.A.CompareTo(y.A));
        return matches;
    }
}
