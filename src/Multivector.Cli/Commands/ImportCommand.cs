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
        [Description("unvotes, dataverse or undl.")]
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
