using System.ComponentModel;
using Multivector.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class CheckCommand(Terminal terminal) : Command<CheckCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--repair")]
        [Description("Remove votes whose roll call is missing and second copies of a vote (left by crashes of older versions), then check again.")]
        public bool Repair { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Never builds a store: checking a store that is not there is an error, not a fresh build.
        using var store = MultivectorStore.Open(settings.Store ?? MultivectorStore.DefaultPath, readOnly: !settings.Repair);
        var check = settings.Repair ? store.Repair() : store.Check();
        if (settings.Json)
        {
            Json.Write(terminal.Output, check);
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("check").AddColumn(new TableColumn("count").RightAligned()).AddColumn("").AddColumn("what it counts");
            foreach (var item in check.Items)
            {
                var verdict = item.Severity == CheckSeverity.Note ? "[grey]note[/]" : item.Failed ? "[red]DAMAGE[/]" : "[green]ok[/]";
                var what = item.Examples is null || item.Count == 0 ? item.Description : $"{item.Description} (e.g. {item.Examples})";
                table.AddRow(Shown.Escape(item.Name), item.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), verdict, Shown.Escape(what));
            }
            terminal.Output.Write(table);
            terminal.Output.MarkupLine(check.Damaged
                ? $"[red]The store {Shown.Escape(check.Path)} is damaged.[/] Run [bold]multivector check --repair[/] to remove orphan and duplicate votes."
                : $"The store {Shown.Escape(check.Path)} is intact.");
        }
        return check.Damaged ? 1 : 0;
    }
}
