using Multivector.Texts;

namespace Multivector.Reports;

/// <summary>Puts segmentation, embeddings, alignment, core/spin and topics together into the reports. No I/O.</summary>
internal static partial class TextAnalysis
{
    public static DocumentSummary Summary(Document d) => new(d.Id, d.Date, d.Title, d.Issuers, d.Format, d.Corpus, d.SourceUrl, d.Licence)
    {
        Language = d.Language,
        Completeness = d.Completeness,
    };

    public static CompareReport Compare(IReadOnlyList<Document> documents, bool semantic, AlignmentThresholds thresholds)
    {
        if (documents.Count < 2) throw MultivectorException.BadRequest("A comparison needs two or more documents.");
        var segments = documents.Select(d => Segmenter.Clauses(d.Text)).ToArray();
        // Each clause's language by its script (the document's when the script does not say: numbers, names).
        // Only clauses in the comparison's language are matched: no model here pairs Russian with English.
        var languages = documents.Select((d, i) => segments[i].Select(c => Languages.Detect(c.Text) ?? d.Language).ToArray()).ToArray();
        var language = languages.SelectMany(x => x).OfType<string>().GroupBy(l => l)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key == "en" ? 0 : 1).Select(g => g.Key).FirstOrDefault() ?? "en";
        var compared = languages.Select(ls => ls.Select((l, i) => (l, i)).Where(x => x.l is null || x.l == language).Select(x => x.i).ToArray()).ToArray();
        var leftOut = new List<string>();
        // The sentence model is English-only, so other languages are matched by their wording alone.
        if (semantic && language != "en")
        {
            semantic = false;
            leftOut.Add($"{Languages.Name(language)} clauses matched by wording only: the sentence model is English-only.");
        }
        var vectors = semantic ? segments.Select((s, d) => Embeddings.Embed([.. compared[d].Select(i => s[i].Text)])).ToArray() : null;
        var clauses = documents.Select((d, i) => Clause.From(d.Text, [.. compared[i].Select(c => segments[i][c])], vectors?[i])).ToArray();
        var t = thresholds with { UseSemantic = semantic };
        var links = segments.Select(s => s.Select(_ => new List<ClauseLink>()).ToArray()).ToArray();
        for (var a = 0; a < documents.Count; a++)
        {
            for (var b = a + 1; b < documents.Count; b++)
            {
                foreach (var m in ClauseAligner.Align(clauses[a], clauses[b], t))
                {
                    var (ca, cb) = (compared[a][m.A], compared[b][m.B]);
                    links[a][ca].Add(new ClauseLink(documents[b].Id, cb, m.Kind, m.Lexical, m.Semantic));
                    links[b][cb].Add(new ClauseLink(documents[a].Id, ca, m.Kind, m.Lexical, m.Semantic));
                }
            }
        }
        var sides = new List<CompareSide>();
        for (var d = 0; d < documents.Count; d++)
        {
            // A partial text among the others compared (those with clauses in the language) makes an unmatched
            // clause not comparable rather than spin.
            var othersPartial = Enumerable.Range(0, documents.Count).Any(o => o != d && compared[o].Length > 0 && documents[o].Completeness == "partial");
            var inLanguage = compared[d].ToHashSet();
            var topics = TopicTagger.Tag([.. segments[d].Select(c => c.Text)], vectors is null ? null : Spread(vectors[d], compared[d], segments[d].Count));
            var labelled = segments[d].Select((c, i) => new LabelledClause(Span(c),
                inLanguage.Contains(i) ? CoreSpin.Role(links[d][i].Count, documents.Count, othersPartial) : ClauseRole.NotCompared,
                links[d][i].Count, topics[i], links[d][i])).ToList();
            var spinTopics = labelled.Where(l => l.Role == ClauseRole.Spin).SelectMany(l => l.Topics).GroupBy(x => x)
                .Select(g => new TopicCount(g.Key, TopicTagger.Definition(g.Key).Label, g.Count())).OrderByDescending(x => x.Clauses).ThenBy(x => x.Topic).ToList();
            var notCompared = labelled.Count(l => l.Role == ClauseRole.NotCompared);
            if (notCompared > 0)
            {
                var named = string.Join(", ", segments[d].Select((_, i) => languages[d][i]).Where((_, i) => !inLanguage.Contains(i)).GroupBy(l => l)
                    .Select(g => $"{g.Count()} {Languages.Name(g.Key)}"));
                leftOut.Add($"{documents[d].Id}: {named} clause{(notCompared == 1 ? "" : "s")} not compared: no cross-language model.");
            }
            sides.Add(new CompareSide(Summary(documents[d]), documents[d].Text, labelled,
                labelled.Count(l => l.Role == ClauseRole.Core), labelled.Count(l => l.Role == ClauseRole.Partial), labelled.Count(l => l.Role == ClauseRole.Spin), spinTopics)
            {
                NotComparable = labelled.Count(l => l.Role == ClauseRole.NotComparable),
                NotCompared = notCompared,
            });
        }
        var rule = new CoreRule(documents.Count - 1, (documents.Count - 1) / 2.0);
        return new CompareReport(sides, Groups(documents, links), semantic, semantic ? Embeddings.Model : null, t, rule)
        {
            Language = language,
            LeftOut = leftOut,
            Framing = Framing(documents),
        };
    }

    // Vectors of the compared clauses, placed at their clause numbers (null for the others) for the topic tagger.
    private static float[]?[] Spread(float[][] vectors, int[] compared, int count)
    {
        var all = new float[]?[count];
        for (var k = 0; k < compared.Length; k++) all[compared[k]] = vectors[k];
        return all;
    }

    /// <summary>Connected sets of matched clauses (union–find over document:clause), widest first, then in reading order.</summary>
    private static List<SharedGroup> Groups(IReadOnlyList<Document> documents, List<ClauseLink>[][] links)
    {
        var offsets = new int[links.Length + 1];
        for (var d = 0; d < links.Length; d++) offsets[d + 1] = offsets[d] + links[d].Length;
        var parent = Enumerable.Range(0, offsets[^1]).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var index = documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        for (var d = 0; d < links.Length; d++)
            for (var c = 0; c < links[d].Length; c++)
                foreach (var link in links[d][c]) parent[Find(offsets[d] + c)] = Find(offsets[index[link.Document]] + link.Clause);
        var groups = new Dictionary<int, List<int>[]>();
        for (var d = 0; d < links.Length; d++)
        {
            for (var c = 0; c < links[d].Length; c++)
            {
                if (links[d][c].Count == 0) continue;
                var root = Find(offsets[d] + c);
                if (!groups.TryGetValue(root, out var cells)) groups[root] = cells = [.. links.Select(_ => new List<int>())];
                cells[d].Add(c);
            }
        }
        return [.. groups.Values
            .Select(cells => new SharedGroup(cells.Count(x => x.Count > 0), [.. cells.Select(x => (IReadOnlyList<int>)x)]))
            .OrderByDescending(g => g.Sides)
            .ThenBy(g => g.Clauses.Select((c, d) => c.Count > 0 ? d * 100_000 + c[0] : int.MaxValue).Min())];
    }

    /// <summary>
    /// The framing markers and corridors in each statement's clauses (editorial notes in brackets are not
    /// clauses, so they never count), with counts per 1,000 words of those clauses.
    /// </summary>
    public static FramingReport Framing(IReadOnlyList<Document> documents) =>
        new(Texts.Framing.Version, [.. documents.Select(FramingOf)]);

    private static FramingDocument FramingOf(Document document)
    {
        var clauses = Segmenter.Clauses(document.Text);
        bool InClause((string Id, int Start, int Length) h) => clauses.Any(c => h.Start >= c.Start && h.Start + h.Length <= c.End);
        var words = clauses.Sum(c => Words(c.Text));
        var markers = Texts.Framing.Markers.ToDictionary(m => m.Id);
        var hits = Texts.Framing.MarkerHits(document.Text).Where(InClause)
            .Select(h => new FramingHit(h.Id, markers[h.Id].Label, h.Start, h.Length, document.Text.Substring(h.Start, h.Length))).ToList();
        var counts = hits.GroupBy(h => h.Marker)
            .Select(g => new MarkerCount(g.Key, markers[g.Key].Label, markers[g.Key].Group, g.Count(), words == 0 ? 0 : Math.Round(1000.0 * g.Count() / words, 2)))
            .OrderBy(c => c.Group).ThenByDescending(c => c.Hits).ThenBy(c => c.Marker, StringComparer.Ordinal).ToList();
        var corridors = Texts.Framing.Corridors.ToDictionary(c => c.Id);
        var mentions = Texts.Framing.CorridorHits(document.Text).Where(InClause).GroupBy(h => h.Id)
            .Select(g => new CorridorMention(g.Key, corridors[g.Key].Name, corridors[g.Key].Endpoints, corridors[g.Key].Toward,
                [.. g.Select(h => new FramingHit(h.Id, corridors[h.Id].Name, h.Start, h.Length, document.Text.Substring(h.Start, h.Length)))]))
            .OrderBy(m => m.Hits[0].Start).ToList();
        return new FramingDocument(Summary(document), words, counts, hits, mentions);
    }

    // Words of a clause: runs of letters or digits, with a run of Han characters counted as one word per two
    // characters (Chinese writes no spaces; two characters is a common word length).
    private static int Words(string text)
    {
        var words = 0;
        foreach (System.Text.RegularExpressions.Match m in WordRun().Matches(text))
            words += m.Value[0] is >= '\u4E00' and <= '\u9FFF' ? Math.Max(1, m.Length / 2) : 1;
        return words;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\u4E00-\u9FFF]+|[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex WordRun();

    public static TopicReport Topics(Document document, bool semantic)
    {
        var segments = Segmenter.Clauses(document.Text);
        var vectors = semantic ? Embeddings.Embed([.. segments.Select(c => c.Text)]) : null;
        var topics = TopicTagger.Tag([.. segments.Select(c => c.Text)], vectors);
        var clauses = segments.Select((c, i) => new TopicClause(Span(c), topics[i])).ToList();
        var totals = clauses.SelectMany(c => c.Topics).GroupBy(x => x)
            .Select(g => new TopicCount(g.Key, TopicTagger.Definition(g.Key).Label, g.Count())).OrderByDescending(x => x.Clauses).ThenBy(x => x.Topic).ToList();
        return new TopicReport(Summary(document), semantic, clauses, totals);
    }

    /// <summary>
    /// Reuse into <paramref name="target"/> from every document dated on or before it, compared only with the
    /// candidates the n-gram index proposes. Same-day documents are reported with direction "same day".
    /// </summary>
    public static ReuseReport Reuse(Document target, IReadOnlyList<ReuseText> corpus, Func<string, Document> load)
    {
        var index = new ReuseIndex(corpus);
        var t = -1;
        for (var i = 0; i < corpus.Count; i++) if (corpus[i].Id == target.Id) t = i;
        if (t < 0) throw MultivectorException.NotFound($"Document {target.Id} is not in the corpus.");
        var candidates = index.Candidates(t).Where(c => corpus[c].Date <= target.Date).ToList();
        var sources = new List<ReuseSource>();
        foreach (var c in candidates)
        {
            var passages = ReuseFinder.Passages(corpus[c], corpus[t]);
            if (passages.Count == 0) continue;
            var source = corpus[c];
            var reused = passages.Select(p =>
            {
                int s0 = source.Tokens[p.SourceStart].Start, s1 = source.Tokens[p.SourceEnd - 1].End;
                int t0 = corpus[t].Tokens[p.TargetStart].Start, t1 = corpus[t].Tokens[p.TargetEnd - 1].End;
                return new ReusedPassage(s0, s1 - s0, source.Text[s0..s1], t0, t1 - t0, corpus[t].Text[t0..t1], p.TargetEnd - p.TargetStart, p.Similarity);
            }).ToList();
            var identical = source.Words.AsSpan().SequenceEqual(corpus[t].Words);
            sources.Add(new ReuseSource(Summary(load(source.Id)), source.Date < target.Date ? ReuseOrder.EarlierToLater : ReuseOrder.SameDay, reused, identical));
        }
        var ordered = sources.OrderByDescending(s => s.Passages.Sum(p => p.Words)).ThenBy(s => s.Source.Date).ToList();
        return new ReuseReport(Summary(target), corpus.Count, candidates.Count, ordered);
    }

    private static ClauseSpan Span(Segment s) => new(s.Ordinal, s.Kind, s.Start, s.Length, s.Text);
}
