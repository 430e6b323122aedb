using Multivector.Model;
using System.ComponentModel;
using System.Globalization;
using Multivector.Cli.Rendering;
using Multivector.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class UpdateCommand(Terminal terminal) : Command<UpdateCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--from <DATE>")]
        [Description("First date of vote to fetch (YYYY-MM-DD). Default: the newest roll call the store holds.")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last date of vote to fetch. Default: today.")]
        public string? To { get; init; }

        [CommandOption("--dry-run")]
        [Description("List the roll calls that would be added, and add nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--from-file <FILE>")]
        [Description("Import a saved MARCXML answer (or a folder of them) instead of fetching, e.g. behind a proxy.")]
        public string? FromFile { get; init; }

        [CommandOption("--library <URL>")]
        [Description("The UN Digital Library's address.")]
        [DefaultValue(UpdateOptions.DefaultLibraryAddress)]
        public string? Library { get; init; }

        [CommandOption("--delay <SECONDS>")]
        [Description("Pause between requests, to be polite to the library.")]
        [DefaultValue(UpdateOptions.DefaultDelaySeconds)]
        public double Delay { get; init; } = UpdateOptions.DefaultDelaySeconds;

        [CommandOption("--page-size <N>")]
        [Description("Records per request.")]
        [DefaultValue(UpdateOptions.DefaultPageSize)]
        public int PageSize { get; init; } = UpdateOptions.DefaultPageSize;

        [CommandOption("--attempts <N>")]
        [Description("Tries per page on a timeout, a 5xx answer or a cut-off body, with growing waits between them.")]
        [DefaultValue(UpdateOptions.DefaultAttempts)]
        public int Attempts { get; init; } = UpdateOptions.DefaultAttempts;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new UpdateOptions
        {
            Library = Flag.Value<Uri?>("--library", settings.Library, Input.TryAddress) ?? UpdateOptions.DefaultLibrary,
            From = Flag.Value<DateOnly?>("--from", settings.From, Input.TryDate),
            To = Flag.Value<DateOnly?>("--to", settings.To, Input.TryDate),
            DryRun = settings.DryRun,
            PageSize = settings.PageSize,
            Delay = Flag.Value("--delay", settings.Delay, UpdateOptions.DelayOf),
            Attempts = settings.Attempts,
        }.Validate();
        using var store = StoreAccess.Open(settings, terminal, write: true);
        var result = settings.FromFile is { } file
            ? new UpdateResult(default, default, 0, StoreAccess.WithProgress(terminal, p => store.Import(ImportFormat.UndlMarcXml, file, $"UN Digital Library MARCXML file {System.IO.Path.GetFileName(file)}", p, settings.DryRun)))
            : StoreAccess.WithProgress(terminal, p => store.Update(options, progress: p));
        if (settings.Json)
        {
            Json.Write(terminal.Output, result);
            return 0;
        }
        var i = result.Import;
        if (settings.FromFile is null) terminal.Output.MarkupLine($"Fetched {result.RecordsFetched:N0} records with votes from {result.From:yyyy-MM-dd} to {result.To:yyyy-MM-dd}.");
        if (settings.DryRun)
        {
            terminal.Output.MarkupLine($"Dry run: {i.RollCallsAdded:N0} roll calls would be added, {i.RollCallsMatched:N0} are already held. Nothing was written.");
            foreach (var r in i.WouldAdd)
                terminal.Output.MarkupLine($"  {r.Date:yyyy-MM-dd}  {Shown.Escape(r.Symbol ?? r.SourceId.ToString(CultureInfo.InvariantCulture))}  {Shown.Escape(r.Title)}");
        }
        else
        {
            terminal.Output.MarkupLine($"Added [bold]{i.RollCallsAdded:N0}[/] roll calls and [bold]{i.VotesAdded:N0}[/] votes; {i.RollCallsMatched:N0} were already held.");
        }
        if (i.Skipped.Count > 0)
        {
            terminal.Output.MarkupLine($"[yellow]{i.Skipped.Count:N0} record(s) failed their checks and were skipped:[/]");
            foreach (var s in i.Skipped) terminal.Output.MarkupLine($"  record {s.RecordId?.ToString(CultureInfo.InvariantCulture) ?? "?"} ({Shown.Escape(s.File)}): {Shown.Escape(s.Reason)}");
        }
        return 0;
    }
}
