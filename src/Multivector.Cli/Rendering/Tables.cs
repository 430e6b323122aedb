using System.Globalization;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;
using Spectre.Console;

namespace Multivector.Cli.Rendering;

/// <summary>Reports as terminal tables. Undefined values print as an en dash.</summary>
internal static class Tables
{
    public static void Render(IAnsiConsole console, AgreementReport report)
    {
        console.MarkupLine($"[bold]{Shown.Escape(report.AName)} ({report.A}) and {Shown.Escape(report.BName)} ({report.B})[/]: {Shown.Escape(report.Selection.Description)}");
        if (report.By == PeriodKind.All)
        {
            var row = report.Rows.SingleOrDefault();
            if (row is null)
            {
                console.MarkupLine("No roll calls match this selection.");
                return;
            }
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned()).AddColumn(new TableColumn(Level(report.Level) + " CI").RightAligned()).AddColumn("Definition");
            foreach (var m in row.Measures)
                table.AddRow(m.Measure.Label(), Number(m.Value), Interval(m.Low, m.High), Shown.Escape(Definition(m.Measure)));
            console.Write(table);
            console.MarkupLine($"{row.RollCalls:N0} roll calls; both voted yes, abstain or no on {row.BothVoted:N0}. Joint votes (A×B, y/a/n): " +
                $"{row.Joint.YesYes}/{row.Joint.YesAbstain}/{row.Joint.YesNo} · {row.Joint.AbstainYes}/{row.Joint.AbstainAbstain}/{row.Joint.AbstainNo} · {row.Joint.NoYes}/{row.Joint.NoAbstain}/{row.Joint.NoNo}.");
            if (report.Replicates > 0) console.MarkupLine($"[grey]Intervals: percentile bootstrap over roll calls, {report.Replicates:N0} replicates, seed {report.Seed}.[/]");
            return;
        }
        var byPeriod = new Table().Border(TableBorder.Rounded).AddColumn(report.By == PeriodKind.Year ? "Year" : "Session").AddColumn(new TableColumn("n").RightAligned());
        foreach (var m in MeasureLabels.Every) byPeriod.AddColumn(new TableColumn(m.Label()).RightAligned());
        foreach (var row in report.Rows)
            byPeriod.AddRow([row.Period, row.BothVoted.ToString("N0", CultureInfo.InvariantCulture), .. row.Measures.Select(m => Number(m.Value))]);
        console.Write(byPeriod);
    }

    public static void Render(IAnsiConsole console, ProfileReport report)
    {
        console.MarkupLine($"[bold]{Shown.Escape(report.Name)} ({report.State})[/] against {string.Join(", ", report.Partners)}: {report.Measure.Label()} agreement, {Shown.Escape(report.Selection.Description)}");
        if (report.Overall is { } overall)
        {
            var ci = Level(report.Level) + " CI";
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Partner").AddColumn(new TableColumn("Agreement").RightAligned()).AddColumn(new TableColumn(ci).RightAligned())
                .AddColumn(new TableColumn("Assembly").RightAligned()).AddColumn(new TableColumn("Relative").RightAligned()).AddColumn(new TableColumn(ci).RightAligned());
            foreach (var p in overall.Partners)
            {
                table.AddRow(p.Partner.Value, Number(p.Agreement), Interval(p.Low, p.High), Number(p.Baseline), Signed(p.Relative), Interval(p.RelativeLow, p.RelativeHigh, signed: true));
            }
            console.Write(table);
            console.MarkupLine(BalanceLine(overall.Balance, report.Level));
        }
        if (report.Periods.Count == 0) return;
        if (report.Periods.Count > 1)
        {
            console.MarkupLine($"Relative agreement by {(report.By == PeriodKind.Year ? "year" : "session")}, {report.Periods[0].Period} to {report.Periods[^1].Period} (each line scaled to its own range):");
            for (var i = 0; i < report.Partners.Count; i++)
                console.MarkupLine($"  {report.Partners[i].Value} {Sparkline(report.Periods.Select(x => x.Partners[i].Relative))}");
        }
        var periods = new Table().Border(TableBorder.Simple).AddColumn(report.By == PeriodKind.Year ? "Year" : "Session").AddColumn(new TableColumn("n").RightAligned());
        foreach (var partner in report.Partners) periods.AddColumn(new TableColumn(partner.Value).RightAligned());
        periods.AddColumn("Leans").AddColumn(new TableColumn("Spread").RightAligned());
        foreach (var period in report.Periods)
        {
            periods.AddRow([
                period.Period, period.RollCalls.ToString("N0", CultureInfo.InvariantCulture),
                .. period.Partners.Select(p => Signed(p.Relative, "0.00")),
                period.Balance.LeansTo?.Value ?? "–", Number(period.Balance.Spread, "0.00"),
            ]);
        }
        console.Write(periods);
        console.MarkupLine("[grey]Cells: agreement relative to the assembly average (raw values and intervals: --json). Spread: closest minus farthest partner; 0 is perfectly even.[/]");
        if (report.IdealDistances is { Count: > 0 } distances)
        {
            console.MarkupLine("Ideal-point distance (newest stored run; sd units): " + string.Join(" · ",
                distances.Select(d => $"{d.Partner} {Number(d.Distance, "0.00")} in {d.Period} (mean {Number(d.MeanDistance, "0.00")} over {d.Periods})")));
        }
    }

    public static void Render(IAnsiConsole console, IdealPointReport report)
    {
        var period = report.By == PeriodKind.Year ? "Year" : "Session";
        console.MarkupLine($"[bold]Ideal points[/] by {period.ToLowerInvariant()}, {(report.Binary ? "binary (yes/no; abstentions missing)" : "ordinal (yes/abstain/no)")}: {Shown.Escape(report.Selection.Description)}");
        console.MarkupLine($"{report.RollCalls:N0} contested roll calls ({report.Dropped:N0} near-unanimous dropped) as {report.Items:N0} items; " +
            $"{report.Bridges:N0} bridges join {report.BridgedRollCalls:N0} of them ({(double)report.BridgedRollCalls / Math.Max(1, report.RollCalls):0%}) across sessions. " +
            $"{report.Iterations:N0} EM iterations, {(report.Converged ? "converged" : "[yellow]not converged[/]")}" +
            (report.RunId is int id ? $"; run {id}{(report.Reused ? " (stored, reused)" : "")}." : "."));
        if (report.States.Count == 0) return;
        var all = report.States.SelectMany(s => s.Points).Select(p => p.Position).ToList();
        double min = all.Min(), max = all.Max();
        var labels = report.States.SelectMany(s => s.Points).Select(p => p.Period).Distinct()
            .OrderBy(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        console.MarkupLine($"Trajectories, {labels[0]} to {labels[^1]} (one scale for all lines, {Number(min, "0.00")} to {Number(max, "0.00")}; USA side high):");
        foreach (var state in report.States)
        {
            var byPeriod = state.Points.ToDictionary(p => p.Period, p => p.Position, StringComparer.Ordinal);
            console.MarkupLine($"  {state.State.Value} {Sparkline(labels.Select(l => byPeriod.TryGetValue(l, out var v) ? v : double.NaN), min, max)}");
        }
        var table = new Table().Border(TableBorder.Simple).AddColumn(period);
        foreach (var state in report.States) table.AddColumn(new TableColumn(state.State.Value).RightAligned());
        var lookup = report.States.Select(s => s.Points.ToDictionary(p => p.Period, StringComparer.Ordinal)).ToList();
        foreach (var label in labels)
        {
            table.AddRow([label, .. lookup.Select(l => l.TryGetValue(label, out var p)
                ? Signed(p.Position, "0.00") + (double.IsFinite(p.Low) ? $" [grey]{Signed(p.Low, "0.00")}…{Signed(p.High, "0.00")}[/]" : "")
                : "–")]);
        }
        console.Write(table);
        console.MarkupLine(report.Replicates > 0
            ? $"[grey]Positions: mean 0, sd 1 over all state-{period.ToLowerInvariant()}s, USA positive. Grey: {Level(report.Level)} parametric bootstrap interval, {report.Replicates} replicates ({(report.IntervalMethod == "percentile" ? "their percentiles" : "± z·sd")}).[/]"
            : $"[grey]Positions: mean 0, sd 1 over all state-{period.ToLowerInvariant()}s, USA positive. No intervals (--bootstrap 0).[/]");
    }

    public static void Render(IAnsiConsole console, KeyVoteReport report)
    {
        console.MarkupLine($"{report.Matches:N0} roll call(s) match {Shown.Escape(report.Description)}" + (report.Matches > report.RollCalls.Count ? $"; showing the newest {report.RollCalls.Count}." : "."));
        if (report.RollCalls.Count == 1)
        {
            RenderOne(console, report.RollCalls[0]);
            return;
        }
        if (report.RollCalls.Count == 0) return;
        var states = report.RollCalls[0].Votes.Select(v => v.State).ToList();
        // Narrow columns, titles listed below, so that the table still reads in an 80-column terminal.
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("Date").NoWrap().PadLeft(0)).AddColumn(new TableColumn("Symbol").NoWrap().PadLeft(0))
            .AddColumn(new TableColumn("Y–N–A").NoWrap().RightAligned().PadLeft(0));
        foreach (var s in states) table.AddColumn(new TableColumn(s.Value).Centered().NoWrap().PadLeft(0));
        foreach (var r in report.RollCalls)
        {
            table.AddRow([
                r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Shown.Escape(r.Symbol ?? $"rcid {r.RollCall}"),
                $"{r.Tally.Yes}–{r.Tally.No}–{r.Tally.Abstain}", .. r.Votes.Select(v => VoteLetter(v.Vote)),
            ]);
        }
        console.Write(table);
        foreach (var r in report.RollCalls)
            console.MarkupLine($"  {Shown.Escape(r.Symbol ?? $"rcid {r.RollCall}")}: {Shown.Escape(Shorten(TitleOf(r), 100))}");
        console.MarkupLine("[grey]Y yes, N no, A abstain, - absent (a member that did not vote), . not a member.[/]");
    }

    private static void RenderOne(IAnsiConsole console, KeyVote r)
    {
        console.MarkupLine($"[bold]{Shown.Escape(r.Symbol ?? $"rcid {r.RollCall}")}[/], {r.Date:yyyy-MM-dd}, session {r.Session}: {Shown.Escape(TitleOf(r))}");
        if (r.Description is not null && r.Title != TitleOf(r)) console.MarkupLine($"[grey]{Shown.Escape(r.Title)}[/]");
        var official = r.Official is { } o ? $" (official: {o.Yes}–{o.No}–{o.Abstain}{(o.NonVoting is int nv ? $", {nv} non-voting" : "")})" : "";
        console.MarkupLine($"Yes [green]{r.Tally.Yes}[/] · No [red]{r.Tally.No}[/] · Abstain [yellow]{r.Tally.Abstain}[/] · Absent {r.Tally.Absent}{official}");
        if (r.Votes.Count == 0) return;
        var grid = new Table().Border(TableBorder.Simple).AddColumn("State").AddColumn("Vote");
        foreach (var v in r.Votes) grid.AddRow($"{v.State} {Shown.Escape(v.Name)}", VoteCell(v.Vote));
        console.Write(grid);
        console.MarkupLine("[grey]Absent: a member on that date that cast no vote (recorded as non-voting by the UN Digital Library; inferred from membership where Voeten's data drops absences).[/]");
    }

    /// <summary>Voeten's "short" is a subject heading for recent sessions and the description is the title, so prefer the description when it is the shorter text.</summary>
    private static string TitleOf(KeyVote r) =>
        r.Description is { Length: > 0 } d && d.Length <= 160 ? d.Split(" : ")[0] : WithoutCatalogueTail(r.Title);

    /// <summary>The UN Digital Library's titles end " : resolution / adopted by the General Assembly", which says nothing here.</summary>
    private static string WithoutCatalogueTail(string title)
    {
        var at = title.LastIndexOf(" : resolution", StringComparison.Ordinal);
        return at > 0 ? title[..at] : title;
    }

    private static string VoteLetter(Vote vote) => vote switch
    {
        Vote.Yes => "[green]Y[/]",
        Vote.No => "[red]N[/]",
        Vote.Abstain => "[yellow]A[/]",
        Vote.Absent => "[grey]-[/]",
        _ => "[grey].[/]",
    };

    public static void Render(IAnsiConsole console, IReadOnlyList<State> states)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("Code").AddColumn("Name").AddColumn("ISO2").AddColumn(new TableColumn("COW").RightAligned()).AddColumn("UN membership");
        foreach (var s in states)
        {
            var periods = string.Join("; ", s.Memberships.Select(m => $"{m.From:yyyy-MM-dd} – {(m.To is DateOnly to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}"));
            table.AddRow(s.Code.Value, Shown.Escape(s.Name), s.Iso2 ?? "", s.Cow?.ToString(CultureInfo.InvariantCulture) ?? "", periods);
        }
        console.Write(table);
    }

    private static string BalanceLine(Balance b, double level) => b.LeansTo is null
        ? "No partner has a defined agreement in this selection."
        : $"Leans to [bold]{b.LeansTo}[/] by {Number(b.Margin)} over the next partner; spread between closest and farthest partner {Number(b.Spread)} ({Level(level)} CI {Interval(b.SpreadLow, b.SpreadHigh)}).";

    private static string VoteCell(Vote vote) => vote switch
    {
        Vote.Yes => "[green]yes[/]",
        Vote.No => "[red]no[/]",
        Vote.Abstain => "[yellow]abstain[/]",
        Vote.Absent => "[grey]absent[/]",
        _ => "[grey]–[/]",
    };

    private static string Definition(Measure m) => m switch
    {
        Measure.Identical => "share of identical votes (y/a/n)",
        Measure.Voeten => "1 − |v1 − v2|/2, yes 1, abstain 2, no 3",
        Measure.StateDeptVotesOnly => "US State Dept: same ÷ (same + opposite), yes/no only",
        Measure.StateDeptCurrent => "US State Dept: same 1, one abstains ½, opposite 0",
        Measure.SignorinoRitterS => "Signorino–Ritter S, yes 1, abstain ½, no 0",
        Measure.CohenKappa => "Häge's Cohen's κ: chance-corrected S",
        Measure.ScottPi => "Häge's Scott's π: chance-corrected S",
        _ => "",
    };

    internal static string Number(double v, string format = "0.000") => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Signed(double v, string format = "0.000") =>
        double.IsFinite(v) ? v.ToString($"+{format};−{format};{format}", CultureInfo.InvariantCulture) : "–";

    private static string Interval(double lo, double hi, bool signed = false) =>
        double.IsFinite(lo) && double.IsFinite(hi) ? $"{(signed ? Signed(lo) : Number(lo))}…{(signed ? Signed(hi) : Number(hi))}" : "–";

    private static string Level(double level) => (level * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A one-line chart of a series; gaps (undefined values) are spaces.</summary>
    internal static string Sparkline(IEnumerable<double> values)
    {
        var list = values.ToList();
        var defined = list.Where(double.IsFinite).ToList();
        return defined.Count == 0 ? "" : Sparkline(list, defined.Min(), defined.Max());
    }

    /// <summary>A one-line chart on a given scale, so that several lines can be compared.</summary>
    internal static string Sparkline(IEnumerable<double> values, double min, double max)
    {
        const string bars = "▁▂▃▄▅▆▇█";
        var list = values.ToList();
        return new string([.. list.Select(v => !double.IsFinite(v) ? ' ' : bars[max == min ? 3 : (int)Math.Round((v - min) / (max - min) * 7)])]);
    }
}
