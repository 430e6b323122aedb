namespace Multivector.Texts;

/// <summary>A document reduced to what reuse detection needs: words with offsets and hashed word n-grams.</summary>
internal sealed class ReuseText
{
    public string Id { get; }
    public DateOnly Date { get; }
    public string Text { get; }
    public Token[] Tokens { get; }
    public ulong[] Words { get; }
    public ulong[] Grams { get; }

    public ReuseText(string id, DateOnly date, string text)
    {
        (Id, Date, Text) = (id, date, text);
        Tokens = Tokenizer.Words(text);
        Words = [.. Tokens.Select(t => Tokenizer.Hash(t.Word))];
        Grams = Tokenizer.Shingles(Tokens, ReuseFinder.N);
        _positions = new Lazy<Dictionary<ulong, List<int>>>(BuildPositions, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<Dictionary<ulong, List<int>>> _positions;

    /// <summary>
    /// Where each distinct n-gram starts (its first <see cref="ReuseFinder.MaxPositions"/> occurrences), built once
    /// per document: building it per compared pair was most of the cost of corpus-wide reuse. Built on first
    /// use, so documents the index never proposes as candidates cost no map (a 5 MB statement's is ~70 MB).
    /// </summary>
    public Dictionary<ulong, List<int>> Positions => _positions.Value;

    private Dictionary<ulong, List<int>> BuildPositions()
    {
        var positions = new Dictionary<ulong, List<int>>(Grams.Length);
        for (var i = 0; i < Grams.Length; i++)
        {
            if (!positions.TryGetValue(Grams[i], out var list)) positions[Grams[i]] = list = [];
            if (list.Count < ReuseFinder.MaxPositions) list.Add(i);
        }
        return positions;
    }
}

/// <summary>A reused passage: token ranges [start, end) in the source and the target, and their aligned similarity.</summary>
internal readonly record struct PassageSpan(int SourceStart, int SourceEnd, int TargetStart, int TargetEnd, double Similarity);

/// <summary>
/// Finds passages two texts share, the way passim does (Smith 2014; Smith, Cordell and Mullen 2015): seed
/// with word 5-grams the two texts have in common, chain seeds that lie near the same diagonal into a
/// passage, then score the passage by local alignment (<see cref="LocalAlignment"/>) so that edits inside
/// it lower the similarity instead of breaking it up. Passages over <see cref="MaxAligned"/> words are scored
/// by the share of their words that shared n-grams cover, which alignment would approximate at quadratic cost.
/// </summary>
/// <remarks>
/// A passage must span at least <see cref="MinWords"/> words on both sides, which drops stock phrases
/// ("the United States and the Republic of"). Seeds more than <see cref="MaxGap"/> words apart start a new
/// passage, so an inserted sentence splits a reused paragraph in two.
/// </remarks>
internal static class ReuseFinder
{
    public const int N = 5;
    public const int MinWords = 12;
    public const int MaxGap = 12;
    public const double MinSimilarity = 0.5;

    // A 5-gram seeds from at most this many places in the source, so boilerplate repeated all over a long text cannot flood the seeds.
    public const int MaxPositions = 8;

    // Alignment is quadratic; a passage longer than this (a whole reissued document) is scored by seed coverage.
    public const int MaxAligned = 300;

    public static List<PassageSpan> Passages(ReuseText source, ReuseText target) =>
        Passages(source, target, [(0, target.Grams.Length)]);

    /// <summary>
    /// Passages seeded only from the target's 5-grams inside <paramref name="windows"/> ([start, end) ranges in
    /// ascending order): the fast verification behind <see cref="ReuseIndex"/>, which looks near the rare 5-grams
    /// two documents share instead of through the whole target.
    /// </summary>
    public static List<PassageSpan> Passages(ReuseText source, ReuseText target, IEnumerable<(int Start, int End)> windows)
    {
        var positions = source.Positions;
        var seeds = new List<(int I, int J)>();
        foreach (var (start, end) in windows)
        {
            for (var j = start; j < end; j++)
            {
                if (positions.TryGetValue(target.Grams[j], out var list))
                    foreach (var i in list) seeds.Add((i, j));
            }
        }
        if (seeds.Count == 0) return [];
        seeds.Sort();
        var chains = new List<(int I0, int J0, int I1, int J1)>();
        foreach (var (i, j) in seeds)
        {
            var attached = false;
            for (var c = chains.Count - 1; c >= 0 && c >= chains.Count - 16; c--)
            {
                var (i0, j0, i1, j1) = chains[c];
                var di = i - i1;
                var dj = j - j1;
                if (di >= 0 && di <= MaxGap && dj >= 0 && dj <= MaxGap && Math.Abs(di - dj) <= 5 && (di > 0 || dj > 0))
                {
                    chains[c] = (i0, j0, i, j);
                    attached = true;
                    break;
                }
            }
            if (!attached) chains.Add((i, j, i, j));
        }
        var passages = new List<PassageSpan>();
        foreach (var (i0, j0, i1, j1) in chains.OrderByDescending(c => c.I1 - c.I0))
        {
            int s0 = i0, s1 = i1 + N, t0 = j0, t1 = j1 + N;
            if (s1 - s0 < MinWords || t1 - t0 < MinWords) continue;
            if (passages.Any(p => s0 < p.SourceEnd && p.SourceStart < s1 && t0 < p.TargetEnd && p.TargetStart < t1)) continue;
            var sim = s1 - s0 <= MaxAligned && t1 - t0 <= MaxAligned
                ? LocalAlignment.Similarity(source.Words.AsSpan(s0, s1 - s0), target.Words.AsSpan(t0, t1 - t0))
                : Coverage(seeds, i0, i1, j0, j1, s1 - s0, t1 - t0);
            if (sim >= MinSimilarity) passages.Add(new PassageSpan(s0, s1, t0, t1, sim));
        }
        passages.Sort((x, y) => x.TargetStart.CompareTo(y.TargetStart));
        return passages;
    }

    /// <summary>Share of both spans' words covered by shared n-grams inside the passage: the Dice analogue of the alignment score.</summary>
    private static double Coverage(List<(int I, int J)> seeds, int i0, int i1, int j0, int j1, int sourceLength, int targetLength)
    {
        var source = new bool[sourceLength];
        var target = new bool[targetLength];
        foreach (var (i, j) in seeds)
        {
            if (i < i0 || i > i1 || j < j0 || j > j1) continue;
            for (var k = 0; k < N; k++)
            {
                source[i - i0 + k] = true;
                target[j - j0 + k] = true;
            }
        }
        return (source.Count(x => x) + target.Count(x => x)) / (double)(sourceLength + targetLength);
    }
}

/// <summary>
/// Candidate pruning for corpus-wide reuse: an index of sampled word 5-grams (those whose hash is 0 mod
/// <see cref="Sample"/>; Schleimer, Wilkerson and Aiken 2003) to the documents holding them. Two documents are
/// compared only when they share at least <see cref="MinShared"/> sampled 5-grams that occur in at most
/// <see cref="MaxDocumentShare"/> of the corpus (defaults chosen in bench/texts); commoner 5-grams are
/// boilerplate ("the United States and the") and would make every pair a candidate.
/// </summary>
internal sealed class ReuseIndex
{
    public const int DefaultMinShared = 2;
    public const double DefaultMaxDocumentShare = 0.10;

    public const int DefaultSample = 3;

    // Words either side of a rare shared 5-gram that verification seeds in; sampled seeds in reused text lie a few words apart.
    public const int Window = 40;

    private readonly IReadOnlyList<ReuseText> _texts;
    // Per document, the ascending positions of its 5-grams that pass the rarity cap and occur elsewhere.
    private readonly int[][] _rare;
    private readonly int _count;
    // Shared rare 5-grams per document pair, keyed by i·count + j with i < j.
    private readonly Dictionary<long, int> _shared = [];

    public int MinShared { get; }
    public int Sample { get; }
    public double MaxDocumentShare { get; }

    /// <remarks>
    /// Built by sorting (5-gram, document) entries rather than growing a posting list per 5-gram: the corpus
    /// has hundreds of thousands of distinct 5-grams, almost all in one document, and a list apiece made the
    /// index as costly as the verification it prunes. Each run of equal 5-grams that is rare enough then adds
    /// one to every pair of documents in it.
    /// </remarks>
    public ReuseIndex(IReadOnlyList<ReuseText> texts, int minShared = DefaultMinShared, double maxDocumentShare = DefaultMaxDocumentShare, int sample = DefaultSample)
    {
        (_count, MinShared, MaxDocumentShare, Sample) = (texts.Count, minShared, maxDocumentShare, sample);
        var entries = new List<(ulong Gram, int Document)>();
        for (var d = 0; d < texts.Count; d++)
            foreach (var g in texts[d].Positions.Keys)
                if (g % (ulong)sample == 0) entries.Add((g, d));
        var grams = new ulong[entries.Count];
        var documents = new int[entries.Count];
        for (var k = 0; k < entries.Count; k++) (grams[k], documents[k]) = entries[k];
        Array.Sort(grams, documents);
        var cap = Math.Max(2, (int)(MaxDocumentShare * texts.Count));
        for (var start = 0; start < grams.Length;)
        {
            var end = start + 1;
            while (end < grams.Length && grams[end] == grams[start]) end++;
            if (end - start >= 2 && end - start <= cap)
            {
                for (var x = start; x < end; x++)
                    for (var y = x + 1; y < end; y++)
                    {
                        var key = Key(documents[x], documents[y]);
                        _shared[key] = _shared.GetValueOrDefault(key) + 1;
                    }
            }
            start = end;
        }
        _texts = texts;
        var rare = new List<int>[texts.Count];
        for (var d = 0; d < texts.Count; d++) rare[d] = [];
        for (var start = 0; start < grams.Length;)
        {
            var end = start + 1;
            while (end < grams.Length && grams[end] == grams[start]) end++;
            if (end - start >= 2 && end - start <= cap)
                for (var x = start; x < end; x++) rare[documents[x]].AddRange(texts[documents[x]].Positions[grams[start]]);
            start = end;
        }
        _rare = new int[texts.Count][];
        for (var d = 0; d < texts.Count; d++)
        {
            rare[d].Sort();
            _rare[d] = [.. rare[d]];
        }
    }

    /// <summary>
    /// Reuse of document <paramref name="source"/> in document <paramref name="target"/>, seeded only within
    /// <see cref="Window"/> words of the target's rare shared 5-grams. A passage made only of common 5-grams is
    /// missed, which the benchmark counts against recall; scanning the whole target was most of the cost.
    /// </summary>
    public List<PassageSpan> Passages(int source, int target)
    {
        var rare = _rare[target];
        var positions = _texts[source].Positions;
        var windows = new List<(int Start, int End)>();
        var length = _texts[target].Grams.Length;
        foreach (var j in rare)
        {
            if (!positions.ContainsKey(_texts[target].Grams[j])) continue;
            int start = Math.Max(0, j - Window), end = Math.Min(length, j + Window + 1);
            if (windows.Count > 0 && start <= windows[^1].End) windows[^1] = (windows[^1].Start, Math.Max(end, windows[^1].End));
            else windows.Add((start, end));
        }
        return ReuseFinder.Passages(_texts[source], _texts[target], windows);
    }

    private long Key(int a, int b) => a < b ? (long)a * _count + b : (long)b * _count + a;

    /// <summary>Documents sharing enough rare 5-grams with document <paramref name="d"/>, by index.</summary>
    public IEnumerable<int> Candidates(int d)
    {
        for (var other = 0; other < _count; other++)
            if (other != d && _shared.GetValueOrDefault(Key(d, other)) >= MinShared) yield return other;
    }

    /// <summary>Every candidate pair (i &lt; j) in the corpus, in order.</summary>
    public IEnumerable<(int, int)> Pairs() =>
        _shared.Where(kv => kv.Value >= MinShared).Select(kv => kv.Key).Order().Select(key => ((int)(key / _count), (int)(key % _count)));
}
