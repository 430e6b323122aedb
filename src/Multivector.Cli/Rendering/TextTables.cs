using System.Globalization;
using Multivector.Reports;
using Multivector.Texts;
using Spectre.Console;

namespace Multivector.Cli.Rendering;

/// <summary>Statement reports for the terminal. Clause text is shortened; --json and --html carry it whole.</summary>
internal static class TextTables
{
    private const int ClauseWidth = 150;

    public static void Render(IAnsiConsole console, IReadOnlyList<DocumentSummary> documents)
    {
        if (documents.Count == 0)
        {
            console.MarkupLine("No documents match.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Date").AddColumn("Id").AddColumn("Issuers").AddColumn("Text").AddColumn("Title");
        foreach (var d in documents)
        {
            // Language and completeness: "en", "ru partial"; a partial text's missing clauses are not evidence.
            var text = string.Join(" ", new[] { d.Language, d.Completeness == "partial" ? "partial" : null }.OfType<string>());
            table.AddRow(Date(d.Date), Shown.Escape(d.Id), Shown.Escape(string.Join(" ", d.Issuers)), Shown.Escape(text), Shown.Escape(Short(d.Title, 60)));
        }
        console.Write(table);
    }

    public static void Render(IAnsiConsole console, CompareReport report)
    {
        console.MarkupLine($"[bold]Core and spin across {report.Sides.Count} statements[/] ({Shown.Escape(report.Rule.Description)}).");
        console.MarkupLine(report.Semantic
            ? $"[grey]Matching: lexical ≥ {report.Thresholds.Lexical:0.00} (local alignment) or semantic ≥ {report.Thresholds.Semantic:0.00} (cosine, {Shown.Escape(report.Model ?? "")}), one-to-one per pair.[/]"
            : $"[grey]Matching: lexical only, ≥ {report.Thresholds.Lexical:0.00} (local alignment), one-to-one per pair.[/]");
        // Ids are long (2015-11-01_c5plus1-samarkand-joint-declaration), so they are listed once, numbered, and the
        // table carries only the number: in a column they wrapped into many lines at 80 columns.
        for (var i = 0; i < report.Sides.Count; i++)
            console.MarkupLine($"  {i + 1}  {Date(report.Sides[i].Document.Date)}  {Shown.Escape(report.Sides[i].Document.Id)}");
        var summary = new Table().Border(TableBorder.Rounded).AddColumn("#")
            .AddColumn(new TableColumn("Clauses").RightAligned()).AddColumn(new TableColumn("Core").RightAligned())
            .AddColumn(new TableColumn("Partial").RightAligned()).AddColumn(new TableColumn("Spin").RightAligned());
        // Only when the comparison had partial texts or other languages: the columns say how much was comparable.
        var uncertain = report.Sides.Any(s => s.NotComparable + s.NotCompared > 0);
        if (uncertain) summary.AddColumn(new TableColumn("Not comparable").RightAligned()).AddColumn(new TableColumn("Other language").RightAligned()).AddColumn(new TableColumn("Comparable").RightAligned());
        summary.AddColumn("Spin by topic");
        for (var i = 0; i < report.Sides.Count; i++)
        {
            var s = report.Sides[i];
            // One topic a line, so that a label is never split across lines.
            List<string> cells = [(i + 1).ToString(CultureInfo.InvariantCulture), s.Clauses.Count.ToString(CultureInfo.InvariantCulture),
                s.Core.ToString(CultureInfo.InvariantCulture), s.Partial.ToString(CultureInfo.InvariantCulture), s.Spin.ToString(CultureInfo.InvariantCulture)];
            if (uncertain) cells.AddRange([s.NotComparable.ToString(CultureInfo.InvariantCulture), s.NotCompared.ToString(CultureInfo.InvariantCulture), s.Comparable.ToString("P0", CultureInfo.InvariantCulture)]);
            cells.Add(Shown.Escape(s.SpinTopics.Count == 0 ? "–" : string.Join("\n", s.SpinTopics.Select(t => $"{t.Label} {t.Clauses}"))));
            summary.AddRow([.. cells]);
        }
        console.Write(summary);
        foreach (var note in report.LeftOut) console.MarkupLine($"[grey]{Shown.Escape(note)}[/]");
        if (report.Framing is { } framing)
        {
            // One line a statement: the markers it uses (hits) and the corridors it names; `framing` quotes them.
            console.MarkupLine("[bold]Framing[/] (markers with hits; corridors named; multivector framing quotes each)");
            for (var i = 0; i < framing.Documents.Count; i++)
            {
                var d = framing.Documents[i];
                var markers = d.Counts.Count == 0 ? "no markers" : string.Join(", ", d.Counts.Select(c => $"{c.Label} {c.Hits}"));
                var corridors = d.Corridors.Count == 0 ? "" : "; corridors: " + string.Join(", ", d.Corridors.Select(c => $"{c.Name} (toward {string.Join(" ", c.Toward)})"));
                console.MarkupLine($"  {i + 1}  {Shown.Escape(markers + corridors)}");
            }
        }
        if (report.Shared.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Shared clauses side by side[/] (clause number and opening words; – where a statement has no match)");
            var shared = new Table().Border(TableBorder.Simple);
            for (var i = 0; i < report.Sides.Count; i++) shared.AddColumn((i + 1).ToString(CultureInfo.InvariantCulture));
            var width = Math.Max(30, 180 / report.Sides.Count);
            foreach (var group in report.Shared)
            {
                shared.AddRow([.. group.Clauses.Select((clauses, side) => clauses.Count == 0 ? "–"
                    : Shown.Escape(string.Join(" | ", clauses.Select(c => $"{c}: {Short(report.Sides[side].Clauses[c].Clause.Text, width)}"))))]);
            }
            console.Write(shared);
        }
        var number = report.Sides.Select((s, i) => (s.Document.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
        for (var i = 0; i < report.Sides.Count; i++)
        {
            var s = report.Sides[i];
            console.WriteLine();
            console.MarkupLine($"[bold]{i + 1}. {Shown.Escape(s.Document.Title)}[/] ({Date(s.Document.Date)})");
            var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("Clause").RightAligned()).AddColumn("Role").AddColumn("Matched in").AddColumn("Text");
            foreach (var c in s.Clauses)
            {
                var matched = c.Matches.Count == 0 ? "–" : string.Join(" ", c.Matches.Select(m => $"{number[m.Document]}:{m.Clause}{Kind(m.Kind)}"));
                table.AddRow(c.Clause.Ordinal.ToString(CultureInfo.InvariantCulture), Role(c.Role), matched, Shown.Escape(Short(c.Clause.Text, ClauseWidth)));
            }
            console.Write(table);
        }
        console.MarkupLine("[grey]Matched in: statement:clause; v verbatim, l lexical, s semantic (paraphrase).[/]");
    }

    public static void Render(IAnsiConsole console, ReuseReport report)
    {
        console.MarkupLine($"[bold]{Shown.Escape(report.Document.Id)}[/] ({Date(report.Document.Date)}): reuse from earlier documents. "
            + $"{report.CandidatesCompared:N0} of {report.DocumentsInStore - 1:N0} documents compared after n-gram pruning.");
        if (report.Sources.Count == 0)
        {
            console.MarkupLine("No reused passages found.");
            return;
        }
        foreach (var source in report.Sources)
        {
            console.WriteLine();
            if (source.IdenticalText)
            {
                console.MarkupLine($"From [bold]{Shown.Escape(source.Source.Id)}[/] ({Date(source.Source.Date)}): identical text (same document in two corpora), not reuse.");
                continue;
            }
            console.MarkupLine($"From [bold]{Shown.Escape(source.Source.Id)}[/] ({Date(source.Source.Date)}, {(source.Direction == ReuseOrder.SameDay ? "same day" : "older → newer")}): {source.Passages.Count} passage(s), {source.Passages.Sum(p => p.Words):N0} words.");
            var table = new Table().Border(TableBorder.Simple).AddColumn("Source chars").AddColumn("Target chars").AddColumn(new TableColumn("Words").RightAligned())
                .AddColumn(new TableColumn("Sim.").RightAligned()).AddColumn("Source text").AddColumn("Target text");
            foreach (var p in source.Passages)
            {
                table.AddRow($"{p.SourceStart}–{p.SourceStart + p.SourceLength}", $"{p.TargetStart}–{p.TargetStart + p.TargetLength}", p.Words.ToString(CultureInfo.InvariantCulture),
                    p.Similarity.ToString("0.00", CultureInfo.InvariantCulture), Shown.Escape(Short(p.SourceText, 90)), Shown.Escape(Short(p.TargetText, 90)));
            }
            console.Write(table);
        }
    }

    public static void Render(IAnsiConsole console, TopicReport report)
    {
        console.MarkupLine($"[bold]{Shown.Escape(report.Document.Title)}[/] ({Shown.Escape(report.Document.Id)}, {Date(report.Document.Date)})");
        var totals = new Table().Border(TableBorder.Rounded).AddColumn("Topic").AddColumn(new TableColumn("Clauses").RightAligned());
        foreach (var t in report.Totals) totals.AddRow(Shown.Escape(t.Label), t.Clauses.ToString(CultureInfo.InvariantCulture));
        console.Write(totals);
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("Clause").RightAligned()).AddColumn("Topics").AddColumn("Text");
        foreach (var c in report.Clauses)
            table.AddRow(c.Clause.Ordinal.ToString(CultureInfo.InvariantCulture), Shown.Escape(c.Topics.Count == 0 ? "–" : string.Join(", ", c.Topics.Select(t => t.Label()))), Shown.Escape(Short(c.Clause.Text, 110)));
        console.Write(table);
        if (!report.Semantic) console.MarkupLine("[grey]Keywords only (--lexical).[/]");
    }

    public static void Render(IAnsiConsole console, FramingReport report)
    {
        foreach (var d in report.Documents)
        {
            console.MarkupLine($"[bold]{Shown.Escape(d.Document.Title)}[/] ({Date(d.Document.Date)}; {d.Words:N0} words in clauses; {Shown.Escape(d.Document.Language ?? "language unknown")}{(d.Document.Completeness == "partial" ? ", partial text" : "")})");
            if (d.Counts.Count == 0) console.MarkupLine("  No framing markers.");
            else
            {
                var table = new Table().Border(TableBorder.Simple).AddColumn("Marker").AddColumn(new TableColumn("Hits").RightAligned())
                    .AddColumn(new TableColumn("Per 1,000 words").RightAligned()).AddColumn("Quoted (offset)");
                foreach (var c in d.Counts)
                {
                    var quotes = d.Hits.Where(h => h.Marker == c.Marker).Take(3).Select(h => $"“{Short(h.Quote, 40)}” ({h.Start})");
                    table.AddRow(Shown.Escape(c.Label), c.Hits.ToString(CultureInfo.InvariantCulture), c.Per1000Words.ToString("0.0", CultureInfo.InvariantCulture), Shown.Escape(string.Join("\n", quotes)));
                }
                console.Write(table);
            }
            foreach (var m in d.Corridors)
                console.MarkupLine($"  Corridor: [bold]{Shown.Escape(m.Name)}[/] ({Shown.Escape(m.Endpoints)}), toward {Shown.Escape(string.Join(", ", m.Toward))}: {string.Join(", ", m.Hits.Select(h => $"“{Shown.Escape(Short(h.Quote, 40))}” ({h.Start})"))}");
            console.WriteLine();
        }
        console.MarkupLine($"[grey]Lexicon version {Shown.Escape(report.LexiconVersion)} (docs/framing.md).[/]");
    }

    private static string Role(ClauseRole role) => role switch
    {
        ClauseRole.Core => "[green]core[/]",
        ClauseRole.Partial => "[yellow]partial[/]",
        ClauseRole.NotComparable => "[grey]not comparable[/]",
        ClauseRole.NotCompared => "[grey]other language[/]",
        _ => "[red]spin[/]",
    };

    private static string Kind(MatchKind kind) => kind switch
    {
        MatchKind.Verbatim => "v",
        MatchKind.Lexical => "l",
        _ => "s",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Short(string text, int width)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= width ? flat : flat[..(width - 1)] + "…";
    }
}
