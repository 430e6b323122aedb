using Multivector.Model;
using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Registry;
using Multivector.Reports;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class TimelineCommand(Terminal terminal) : Command<TimelineCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--state <CODE>")]
        [Description("Only events this state took part in: a code such as KAZ, or a name.")]
        public string? State { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("Only this format: C5 (the five alone), C5+1, C5+China, C5+Russia, C5+India, C5+Germany, C5+EU or C5+Japan.")]
        public string? Format { get; init; }

        [CommandOption("--from <DATE>")]
        [Description("Earliest date: YYYY-MM-DD, YYYY-MM or YYYY (the start of that month or year).")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Latest date: YYYY-MM-DD, YYYY-MM or YYYY (the end of that month or year).")]
        public string? To { get; init; }

        [CommandOption("--newest")]
        [Description("Newest first instead of oldest first.")]
        public bool Newest { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var query = new TimelineQuery
        {
            State = settings.State is null ? null : store.ResolveState(settings.State),
            Format = settings.Format is null ? null : store.ResolveFormat(settings.Format),
            From = Flag.Value<PartialDate?>("--from", settings.From, Input.TryPartialDate)?.Start,
            To = Flag.Value<PartialDate?>("--to", settings.To, Input.TryPartialDate)?.End,
            NewestFirst = settings.Newest,
        };
        var report = store.Timeline(query);
        if (settings.Json) Json.Write(terminal.Output, report);
        else TimelineTable.Render(terminal.Output, report);
        return 0;
    }

}
