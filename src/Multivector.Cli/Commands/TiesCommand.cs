using System.ComponentModel;
using System.Globalization;
using System.Text;
using Multivector.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class TiesCommand(Terminal terminal) : Command<TiesCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<STATE>")]
        [Description("The state: a code such as UZB, or a name.")]
        public string State { get; init; } = "";

        [CommandOption("--partners <CODES>")]
        [Description("Comma-separated partners. Default: the top three of each tie, plus USA, RUS and CHN.")]
        public string? Partners { get; init; }

        [CommandOption("--csv <FILE>")]
        [Description("Also write the table as CSV (one row per partner and tie) to this file; refuses an existing file.")]
        public string? Csv { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var state = store.ResolveState(settings.State);
        var partners = store.ResolveStates(settings.Partners, []);
        var report = store.Ties(state, partners.Count == 0 ? null : partners);
        if (settings.Csv is { } csv) WriteCsv(csv, report);
        if (settings.Json)
        {
            Json.Write(terminal.Output, report);
            return 0;
        }
        Render(terminal.Output, report);
        return 0;
    }

    private static readonly (string Indicator, string Direction, string Label)[] Columns =
    [
        ("remittances", "inflow", "Remittances in"),
        ("emigrants", "outflow", "Emigrants"),
        ("fdi-position", "inflow", "FDI in (5 investors)"),
    ];

    private static void Render(IAnsiConsole console, TiesReport report)
    {
        console.MarkupLine($"[bold]{Shown.Escape(report.Name)} ({report.State})[/]: money and people by partner, next to vote agreement (voeten) over the same years");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Partner");
        foreach (var c in Columns) table.AddColumn(new TableColumn(c.Label).RightAligned());
        table.AddColumn(new TableColumn("Agreement").RightAligned()).AddColumn(new TableColumn("Years").RightAligned());
        foreach (var p in report.Partners)
        {
            var cells = new List<string> { Shown.Escape(p.Partner) };
            foreach (var c in Columns)
            {
                var s = p.Shares.Where(x => x.Indicator == c.Indicator && x.Direction == c.Direction).OrderBy(x => x.Basis == "derived" ? 0 : 1).FirstOrDefault();
                cells.Add(s is null ? "[grey]–[/]" : Percent(s.Share));
            }
            cells.Add(p.Agreement is double a ? a.ToString("0.000", CultureInfo.InvariantCulture) : "[grey]–[/]");
            cells.Add(p.AgreementFrom is int f ? (f == p.AgreementTo ? $"{f}" : $"{f}–{p.AgreementTo}") : "");
            table.AddRow([.. cells]);
        }
        console.Write(table);
        foreach (var c in report.Concentration.Where(c => Columns.Any(k => k.Indicator == c.Indicator && k.Direction == c.Direction)))
        {
            var label = Columns.First(k => k.Indicator == c.Indicator && k.Direction == c.Direction).Label;
            console.MarkupLine($"{Shown.Escape(label)}{(c.Basis is null ? "" : $" ({Shown.Escape(c.Basis)})")}, {c.Year}: total {c.Total.ToString("N1", CultureInfo.InvariantCulture)} {Shown.Escape(c.Unit)}; "
                + $"top partner {Shown.Escape(c.TopPartner)} {Percent(c.TopShare)}; Herfindahl {c.Herfindahl.ToString("0.00", CultureInfo.InvariantCulture)} over {c.Partners} partners.");
        }
        if (report.VoteSpread is double spread)
            console.MarkupLine($"Vote agreement with these partners spans {spread.ToString("0.000", CultureInfo.InvariantCulture)} (closest minus farthest).");
        console.MarkupLine($"[grey]{Shown.Escape(report.Note)}[/]");
    }

    private static string Percent(double share) => (share * 100).ToString(share < 0.1 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";

    private static void WriteCsv(string path, TiesReport report)
    {
        if (File.Exists(path)) throw new ArgumentException($"The file {path} already exists: expected a new file name.");
        var csv = new StringBuilder("state,partner,kind,indicator,direction,basis,year,value,unit,share,agreement,agreement_from,agreement_to\n");
        foreach (var p in report.Partners)
        {
            foreach (var s in p.Shares)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{report.State},{p.Partner},{p.Kind.ToString().ToLowerInvariant()},{s.Indicator},{s.Direction},{s.Basis},{s.Year},{s.Value},{s.Unit},{s.Share},{p.Agreement},{p.AgreementFrom},{p.AgreementTo}\n");
            }
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, csv.ToString());
        File.Move(temporary, path);
    }
}
