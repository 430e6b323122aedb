using Multivector.Votes;
using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Model;
using Multivector.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class IdealCommand(Terminal terminal) : Command<IdealCommand.Settings>
{
    internal sealed class Settings : SelectionSettings
    {
        [CommandOption("--states <CODES>")]
        [Description("Comma-separated states to list, or all. Default: USA,RUS,CHN. Every state is fitted either way.")]
        public string? States { get; init; }

        [CommandOption("--by <PERIOD>")]
        [Description("session or year: the step of each state's random walk.")]
        [DefaultValue("session")]
        public string? By { get; init; }

        [CommandOption("--binary")]
        [Description("Yes/no only, abstentions missing (to compare with yes/no models).")]
        public bool Binary { get; init; }

        [CommandOption("--bootstrap <N>")]
        [Description("Parametric bootstrap replicates for the 95% intervals (0 for none). Below 100 the intervals are ± 1.96 sd; from 100 on, the replicates' own percentiles.")]
        [DefaultValue(Defaults.IdealReplicates)]
        public int Bootstrap { get; init; } = Defaults.IdealReplicates;

        [CommandOption("--seed <N>")]
        [Description("Seed of the start and the bootstrap; the same seed gives the same estimates.")]
        [DefaultValue(Defaults.Seed)]
        public int Seed { get; init; } = Defaults.Seed;

        [CommandOption("--refit")]
        [Description("Fit again even if the store holds a run with these settings.")]
        public bool Refit { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Writable, because a new run is kept in the store for reuse, export and `profile`.
        using var store = StoreAccess.Open(settings, terminal, write: true);
        var states = store.ResolveStates(settings.States, Defaults.Partners);
        var options = new IdealPointOptions
        {
            Selection = settings.ToSelection(),
            By = Flag.Value("--by", settings.By, (string? t, out PeriodKind p, out string? e) => Input.TryPeriod(t, Defaults.IdealBy, out p, out e)),
            Binary = settings.Binary,
            Replicates = settings.Bootstrap,
            Seed = settings.Seed,
            States = states,
            Refit = settings.Refit,
        };
        var report = settings.Json
            ? store.IdealPoints(options)
            : StoreAccess.WithProgress(terminal, p => store.IdealPoints(options, p));
        if (settings.Json) Json.Write(terminal.Output, report);
        else Tables.Render(terminal.Output, report);
        // Timing goes to the status stream so that results (and their snapshots) repeat exactly.
        terminal.Status.MarkupLine(FormattableString.Invariant($"[grey]{(report.Reused ? "Stored run reused; it took" : "Fitted in")} {report.Diagnostics.Seconds:0.0} s (EM fit {report.Diagnostics.FitSeconds:0.00} s).[/]"));
        return 0;
    }
}
