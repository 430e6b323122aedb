using System.ComponentModel;
using System.Globalization;
using Multivector.Cli.Rendering;
using Multivector.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class SourcesCommand(Terminal terminal) : Command<StoreSettings>
{
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var sources = store.Sources();
        if (settings.Json)
        {
            Json.Write(terminal.Output, sources);
            return 0;
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("source").AddColumn(new TableColumn("roll calls").RightAligned()).AddColumn(new TableColumn("first held").RightAligned())
            .AddColumn(new TableColumn("matched").RightAligned()).AddColumn(new TableColumn("dates").NoWrap()).AddColumn(new TableColumn("states").RightAligned())
            .AddColumn(new TableColumn("votes").RightAligned()).AddColumn(new TableColumn("absences").RightAligned());
        foreach (var s in sources)
        {
            table.AddRow(Shown.Escape(s.Source), N(s.RollCalls), N(s.FirstHeld), N(s.Matched), $"{s.FirstDate:yyyy-MM-dd} – {s.LastDate:yyyy-MM-dd}",
                N(s.States), N(s.Votes), N(s.Absences));
        }
        terminal.Output.Write(table);
        foreach (var s in sources)
            foreach (var v in s.Versions) terminal.Output.MarkupLine($"  [bold]{Shown.Escape(s.Source)}[/]: {Shown.Escape(v)}");
        terminal.Output.MarkupLine("[grey]first held: roll calls whose votes come from this source; matched: held first by another source and matched to it (same symbol and date).[/]");
        return 0;
    }

    internal static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

internal sealed class SourcesDiffCommand(Terminal terminal) : Command<SourcesDiffCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "[A]")]
        [Description("First source. Default: voeten.")]
        public string A { get; init; } = "voeten";

        [CommandArgument(1, "[B]")]
        [Description("Second source. Default: undl.")]
        public string B { get; init; } = "undl";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var diff = store.SourcesDiff(settings.A.Trim().ToLowerInvariant(), settings.B.Trim().ToLowerInvariant());
        if (settings.Json)
        {
            Json.Write(terminal.Output, diff);
            return 0;
        }
        terminal.Output.MarkupLine($"{SourcesCommand.N(diff.RollCallsCompared)} roll calls are held by both [bold]{Shown.Escape(diff.A)}[/] and [bold]{Shown.Escape(diff.B)}[/]; "
            + $"they disagree on {SourcesCommand.N(diff.Disagreements.Count)}.");
        if (diff.Disagreements.Count == 0) return 0;
        var table = new Table().Border(TableBorder.Simple).AddColumn("date").AddColumn("symbol").AddColumn($"tally {Shown.Escape(diff.A)}").AddColumn($"tally {Shown.Escape(diff.B)}").AddColumn("states whose votes differ");
        foreach (var d in diff.Disagreements)
        {
            table.AddRow(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Shown.Escape(d.Symbol ?? $"rcid {d.RollCall}"), Tally(d.OfficialA), Tally(d.OfficialB),
                Shown.Escape(string.Join(", ", d.States.Select(s => $"{s.State} {Cast(s.A)}/{Cast(s.B)}"))));
        }
        terminal.Output.Write(table);
        terminal.Output.MarkupLine($"[grey]Votes as {Shown.Escape(diff.A)}/{Shown.Escape(diff.B)}: Y yes, N no, A abstain, - no vote cast.[/]");
        return 0;
    }

    private static string Tally(Sources.Tally? t) => t is null ? "–" : $"{t.Yes}–{t.No}–{t.Abstain}";

    private static string Cast(Vote? v) => v switch { Vote.Yes => "Y", Vote.No => "N", Vote.Abstain => "A", _ => "-" };
}
