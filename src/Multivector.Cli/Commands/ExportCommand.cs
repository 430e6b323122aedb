using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class ExportCommand(Terminal terminal) : Command<ExportCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FORMAT>")]
        [Description("csv or parquet.")]
        public string Format { get; init; } = "";

        [CommandArgument(1, "<TABLE>")]
        [Description("votes, roll-calls, states, imports or ideal-points.")]
        public string Table { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("Where to write. Default: <table>.<format> in the current folder.")]
        public string? Out { get; init; }

        [CommandOption("--force")]
        [Description("Replace the --out file if it exists (the default is to refuse).")]
        public bool Force { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = ExportNames.Format(settings.Format);
        var table = ExportNames.Table(settings.Table);
        var path = settings.Out ?? ExportNames.DefaultPath(table, format);
        using var store = StoreAccess.Open(settings, terminal);
        var result = store.Export(table, format, path, settings.Force);
        if (settings.Json) Json.Write(terminal.Output, result);
        else terminal.Output.MarkupLine($"Wrote {result.Rows:N0} rows to [bold]{Shown.Escape(result.Path)}[/].");
        return 0;
    }
}
