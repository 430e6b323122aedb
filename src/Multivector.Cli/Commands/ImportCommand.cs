using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class ImportCommand(Terminal terminal) : Command<ImportCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FORMAT>")]
        [Description("Votes: unvotes, dataverse, undl or undl-xml. Ties: knomad-remittances, knomad-migration, imf (DIP or IMTS export), aiddata or ties-csv (state,partner,indicator,year,value,unit).")]
        public string Format { get; init; } = "";

        [CommandArgument(1, "<FILE>")]
        [Description("The file (CSV, optionally gzipped). For unvotes: un_votes.csv or the folder holding the triple.")]
        public string File { get; init; } = "";

        [CommandOption("--version <TEXT>")]
        [Description("The source's version, recorded with the import (e.g. \"UNDL v5 2026-02-06\").")]
        public string? Version { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var tieFormat = TieFormats.Find(settings.Format);
        if (tieFormat is TieFormat tf)
        {
            using var tieStore = StoreAccess.Open(settings, terminal, write: true);
            var ties = tieStore.ImportTies(tf, settings.File, settings.Version);
            if (settings.Json) Json.Write(terminal.Output, ties);
            else terminal.Output.MarkupLine($"Read {ties.RowsRead:N0} rows: added [bold]{ties.RowsAdded:N0}[/]; the rest were already held.");
            return 0;
        }
        var format = ImportFormats.Parse(settings.Format);
        using var store = StoreAccess.Open(settings, terminal, write: true);
        var result = StoreAccess.WithProgress(terminal, p => store.Import(format, settings.File, settings.Version, p));
        if (settings.Json)
        {
            Json.Write(terminal.Output, result);
            return 0;
        }
        terminal.Output.MarkupLine(
            $"Read {result.RollCallsRead:N0} roll calls and {result.VotesRead:N0} votes: added [bold]{result.RollCallsAdded:N0}[/] roll calls and [bold]{result.VotesAdded:N0}[/] votes; {result.RollCallsMatched:N0} roll calls were already held.");
        return 0;
    }
}
