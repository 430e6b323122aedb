using Multivector.Model;
using Multivector.Registry;
using Multivector.Reports;
using Spectre.Console;

namespace Multivector.Cli.Rendering;

/// <summary>The timeline as a table that reads in 80 columns: titles wrap, places shorten to the city, the five states print as C5.</summary>
internal static class TimelineTable
{
    private static readonly StateCode[] Five = [.. new[] { "KAZ", "KGZ", "TJK", "TKM", "UZB" }.Select(StateCode.Parse)];

    public static void Render(IAnsiConsole console, TimelineReport report)
    {
        console.MarkupLine($"{report.Events.Count} event(s): {Shown.Escape(report.Description)}.");
        if (report.Events.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("Date").NoWrap().PadLeft(0)).AddColumn(new TableColumn("Format").NoWrap())
            .AddColumn(new TableColumn("Event")).AddColumn(new TableColumn("States").NoWrap());
        foreach (var e in report.Events)
            table.AddRow(e.Date.ToString(), Shown.Escape(e.Format.Value), Describe(e), Shown.Escape(States(e.States)));
        console.Write(table);
        var documents = report.Events.Where(e => e.Documents.Count > 0).ToList();
        if (documents.Count > 0)
        {
            console.MarkupLine("Documents:");
            // Document ids start with their date, so they need no label and stay on one line in 80 columns.
            foreach (var d in documents.SelectMany(e => e.Documents)) console.MarkupLine($"  {Shown.Escape(d)}");
        }
        console.MarkupLine("[grey]Dates known only to the month or year print as 2018-03 or 2022. C5: KAZ, KGZ, TJK, TKM and UZB all took part. Participants, sources and notes: --json.[/]");
    }

    private static string Describe(TimelineEvent e)
    {
        var what = e.Kind switch
        {
            TimelineEventKind.Summit => e.Level == MeetingLevel.ForeignMinisters ? "ministers" : "leaders",
            TimelineEventKind.Signature => "signed",
            _ => "ratified",
        };
        var title = e.Kind == TimelineEventKind.Summit ? e.Title : e.Title.Split(": ", 2)[0];
        var place = e.Place is null ? "" : $", {City(e.Place)}";
        return $"{Shown.Escape(title)} [grey]({what}{Shown.Escape(place)})[/]";
    }

    private static string City(string place) => place.Split(',', 2)[0].Split(" (", 2)[0].Trim();

    /// <summary>All five Central Asian states print as "C5", then any others ("C5+USA", "C5+AZE"); fewer print as codes.</summary>
    internal static string States(IReadOnlyList<StateCode> states) =>
        Five.All(states.Contains)
            ? string.Join('+', states.Where(s => !Five.Contains(s)).Select(s => s.Value).Prepend("C5"))
            : string.Join(' ', states.Select(s => s.Value));
}
