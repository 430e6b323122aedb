using Multivector.Texts;

namespace Multivector.Reports;

/// <summary>Puts segmentation, embeddings, alignment, core/spin and topics together into the reports. No I/O.</summary>
internal static class TextAnalysis
{
    public static DocumentSummary Summary(Document d) => new(d.Id, d.Date, d.Title, d.Issuers, d.Format, d.Corpus, d.SourceUrl, d.Licence);

    public static CompareReport Compare(IReadOnlyList<Document> documents, bool semantic, AlignmentThresholds thresholds)
    {
        if (documents.Count < 2) throw MultivectorException.BadRequest("A comparison needs two or more documents.");
        var segments = documents.Select(d => Segmenter.Clauses(d.Text)).ToArray();
        var vectors = semantic ? segments.Select(s => Embeddings.Embed([.. s.Select(c => c.Text)])).ToArray() : null;
        var clauses = documents.Select((d, i) => Clause.From(d.Text, segments[i], vectors?[i])).ToArray();
        var t = thresholds with { UseSemantic = semantic };
        var links = segments.Select(s => s.Select(_ => new List<ClauseLink>()).ToArray()).ToArray();
        for (var a = 0; a < documents.Count; a++)
        {
            for (var b = a + 1; b < documents.Count; b++)
            {
                foreach (var m in ClauseAligner.Align(clauses[a], clauses[b], t))
                {
                    links[a][m.A].Add(new ClauseLink(documents[b].Id, m.B, m.Kind, m.Lexical, m.Semantic));
                    links[b][m.B].Add(new ClauseLink(documents[a].Id, m.A, m.Kind, m.Lexical, m.Semantic));
                }
            }
        }
        var sides = new List<CompareSide>();
        for (var d = 0; d < documents.Count; d++)
        {
            var topics = TopicTagger.Tag([.. segments[d].Select(c => c.Text)], vectors?[d]);
            var labelled = segments[d].Select((c, i) => new LabelledClause(Span(c), CoreSpin.Role(links[d][i].Count, documents.Count), links[d][i].Count, topics[i], links[d][i])).ToList();
            var spinTopics = labelled.Where(l => l.Role == ClauseRole.Spin).SelectMany(l => l.Topics).GroupBy(x => x)
                .Select(g => new TopicCount(g.Key, TopicTagger.Definition(g.Key).Label, g.Count())).OrderByDescending(x => x.Clauses).ThenBy(x => x.Topic).ToList();
            sides.Add(new CompareSide(Summary(documents[d]), documents[d].Text, labelled,
                labelled.Count(l => l.Role == ClauseRole.Core), labelled.Count(l => l.Role == ClauseRole.Partial), labelled.Count(l => l.Role == ClauseRole.Spin), spinTopics));
        }
        var rule = new CoreRule(documents.Count - 1, (documents.Count - 1) / 2.0);
        return new CompareReport(sides, Groups(documents, links), semantic, semantic ? Embeddings.Model : null, t, rule);
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
