using Multivector.Texts;

namespace Multivector.Reports;

/// <summary>What a text import did. Documents already stored with the same text are matched, not added.</summary>
public sealed record TextImportResult(string Format, string Path, string Corpus, int DocumentsRead, int DocumentsAdded, int DocumentsMatched, int SegmentsAdded, int? ImportId)
{
    /// <summary>Files in the folder that are not statements (README, SOURCES, hidden files), skipped.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}

/// <summary>A stored statement without its text.</summary>
public sealed record DocumentSummary(string Id, DateOnly Date, string Title, IReadOnlyList<string> Issuers, string? Format, string Corpus, string? SourceUrl, string? Licence)
{
    /// <summary>en, ru, zh, or null when neither the header nor the script says.</summary>
    public string? Language { get; init; }

    /// <summary>full, partial, or null when the source does not say.</summary>
    public string? Completeness { get; init; }
}

/// <summary>A clause with its place in the text.</summary>
public sealed record ClauseSpan(int Ordinal, SegmentKind Kind, int Start, int Length, string Text);

/// <summary>Where a clause is matched: the other document, its clause number and how it matched.</summary>
public sealed record ClauseLink(string Document, int Clause, MatchKind Kind, double Lexical, double Semantic);

public sealed record LabelledClause(ClauseSpan Clause, ClauseRole Role, int MatchedIn, IReadOnlyList<Topic> Topics, IReadOnlyList<ClauseLink> Matches);

public sealed record TopicCount(Topic Topic, string Label, int Clauses);

/// <summary>One side of a comparison: every clause labelled, the counts, and the spin summed by topic.</summary>
public sealed record CompareSide(DocumentSummary Document, string Text, IReadOnlyList<LabelledClause> Clauses, int Core, int Partial, int Spin, IReadOnlyList<TopicCount> SpinTopics)
{
    /// <summary>Unmatched clauses that partial texts among the others may hold in their missing parts.</summary>
    public int NotComparable { get; init; }

    /// <summary>Clauses in another language than the comparison's, left out of matching.</summary>
    public int NotCompared { get; init; }

    /// <summary>The share of the clauses that could be labelled core, partial or spin.</summary>
    public double Comparable => Clauses.Count == 0 ? 0 : (double)(Core + Partial + Spin) / Clauses.Count;
}

/// <summary>
/// Clauses that match one another across the statements, one entry per side: the clause numbers of that side
/// in the group (usually one; empty where the side has none). Groups are the connected sets of matches.
/// </summary>
public sealed record SharedGroup(int Sides, IReadOnlyList<IReadOnlyList<int>> Clauses);

/// <summary>The core/spin report for two or more statements (core: matched in most of the others; see docs/methodology.md).</summary>
public sealed record CompareReport(IReadOnlyList<CompareSide> Sides, IReadOnlyList<SharedGroup> Shared, bool Semantic, string? Model, AlignmentThresholds Thresholds, CoreRule Rule)
{
    /// <summary>The language compared (en, ru, zh): the one most clauses are in.</summary>
    public string? Language { get; init; }

    /// <summary>What was left out and why ("9 Russian clauses not compared: no cross-language model").</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>Each statement's framing markers and corridors, side by side (docs/framing.md).</summary>
    public FramingReport? Framing { get; init; }
}

/// <summary>
/// How clauses are labelled among <see cref="Others"/> + 1 statements: core when matched in more than
/// <see cref="CoreAbove"/> of the others, partial when in fewer but at least one, spin when in none.
/// </summary>
public sealed record CoreRule(int Others, double CoreAbove)
{
    public string Description => Others == 1
        ? "core: matched in the other statement; spin: not matched"
        : FormattableString.Invariant($"core: matched in more than {CoreAbove:0.#} of the {Others} others; partial: in fewer, but at least one; spin: in none");
}

/// <summary>Which way reuse runs: from an earlier statement to a later one, or between two of the same day (order unknown).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Model.KebabCaseEnumConverter<ReuseOrder>))]
public enum ReuseOrder { EarlierToLater, SameDay }

public sealed record ReusedPassage(int SourceStart, int SourceLength, string SourceText, int TargetStart, int TargetLength, string TargetText, int Words, double Similarity);

/// <summary>
/// An earlier (or same-day) document that the target reuses text from. Direction is source → target.
/// IdenticalText is true when the two have the same words in the same order: the same document held in two
/// corpora (the 2023 New York Declaration is both a C5+1 file and a US joint statement), not reuse.
/// </summary>
public sealed record ReuseSource(DocumentSummary Source, ReuseOrder Direction, IReadOnlyList<ReusedPassage> Passages, bool IdenticalText = false);

public sealed record ReuseReport(DocumentSummary Document, int DocumentsInStore, int CandidatesCompared, IReadOnlyList<ReuseSource> Sources);

public sealed record TopicClause(ClauseSpan Clause, IReadOnlyList<Topic> Topics);

public sealed record TopicReport(DocumentSummary Document, bool Semantic, IReadOnlyList<TopicClause> Clauses, IReadOnlyList<TopicCount> Totals);

/// <summary>One marker or corridor found in a statement: where, and the words quoted.</summary>
public sealed record FramingHit(string Marker, string Label, int Start, int Length, string Quote);

/// <summary>How often a statement uses a marker, and per 1,000 words of its clauses.</summary>
public sealed record MarkerCount(string Marker, string Label, Texts.FramingGroup Group, int Hits, double Per1000Words);

/// <summary>A corridor a statement names, its endpoints and the partners it points toward, with each mention.</summary>
public sealed record CorridorMention(string Corridor, string Name, string Endpoints, IReadOnlyList<string> Toward, IReadOnlyList<FramingHit> Hits);

/// <summary>One statement's framing: marker counts and hits, and the corridors it names.</summary>
public sealed record FramingDocument(DocumentSummary Document, int Words, IReadOnlyList<MarkerCount> Counts, IReadOnlyList<FramingHit> Hits, IReadOnlyList<CorridorMention> Corridors);

/// <summary>Framing markers and corridors of one or more statements, by lexicon version (docs/framing.md).</summary>
public sealed record FramingReport(string LexiconVersion, IReadOnlyList<FramingDocument> Documents);
