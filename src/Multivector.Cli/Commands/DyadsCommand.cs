using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Model;
using Multivector.Store;
using Multivector.Votes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class DyadsCommand(Terminal terminal) : Command<DyadsCommand.Settings>
{
    internal sealed class Settings : SelectionSettings
    {
        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write: a .csv or .parquet file. Default: dyads.csv in the current folder.")]
        public string? Out { get; init; }

        [CommandOption("--by <PERIOD>")]
        [Description("year or session: one row per pair and period.")]
        [DefaultValue("year")]
        public string? By { get; init; }

        [CommandOption("--states <CODES>")]
        [Description("Comma-separated states on one side of each pair. Default: every state.")]
        public string? States { get; init; }

        [CommandOption("--partners <CODES>")]
        [Description("Comma-separated states on the other side. Default: every state.")]
        public string? Partners { get; init; }

        [CommandOption("--intervals <REPLICATES>")]
        [Description("Add bootstrap intervals for every measure from this many replicates per dyad, as agree computes them (off by default; they multiply the work, so narrow --states or --years for many).")]
        public int? Intervals { get; init; }

        [CommandOption("--level <P>")]
        [Description("Confidence level of the intervals.")]
        [DefaultValue(Defaults.Level)]
        public double Level { get; init; } = Defaults.Level;

        [CommandOption("--force")]
        [Description("Replace the --out file if it exists (the default is to refuse).")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            return !result.Successful ? result
                : Intervals is null && Level != Defaults.Level ? ValidationResult.Error("--level sets the level of intervals: add --intervals <REPLICATES>, or leave --level out.")
                : Intervals is { } n && new Uncertainty(n, Level).Problem() is { } problem ? ValidationResult.Error((Level is > 0 and < 1 ? "--intervals: " : "--level: ") + problem)
                : Intervals is 0 ? ValidationResult.Error("--intervals 0: expected at least 1 replicate; leave --intervals out for none.")
                : result;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.Out ?? "dyads.csv";
        var format = ExportNames.Format(Path.GetExtension(path).TrimStart('.') is { Length: > 0 } ext ? ext : "csv");
        using var store = StoreAccess.Open(settings, terminal);
        var query = new DyadQuery
        {
            Selection = settings.ToSelection(),
            By = Flag.Value("--by", settings.By, (string? t, out PeriodKind p, out string? e) => Input.TryPeriod(t, PeriodKind.Year, out p, out e)),
            States = store.ResolveStates(settings.States, []),
            Partners = store.ResolveStates(settings.Partners, []),
            Intervals = settings.Intervals is { } replicates ? new Uncertainty(replicates, settings.Level).Validate() : null,
        };
        var result = store.Dyads(query, format, path, settings.Force);
        if (settings.Json) Json.Write(terminal.Output, result);
        else terminal.Output.MarkupLine($"Wrote {result.Rows:N0} dyad-{(result.By == PeriodKind.Session ? "sessions" : "years")} over {result.Periods} periods to [bold]{Shown.Escape(result.Path)}[/].");
        return 0;
    }
}
