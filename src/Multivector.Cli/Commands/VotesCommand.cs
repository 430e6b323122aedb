using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Model;
using Multivector.Reports;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class VotesCommand(Terminal terminal) : Command<VotesCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "[SEARCH]")]
        [Description("A resolution symbol (A/RES/68/262, or 68/262) or words to find in titles and descriptions.")]
        public string? Search { get; init; }

        [CommandOption("--states <CODES>")]
        [Description("Comma-separated states whose votes to show. Default: KAZ,KGZ,TJK,TKM,UZB,USA,RUS,CHN.")]
        public string? States { get; init; }

        [CommandOption("--issue <CODE>")]
        [Description("me, nu, di, hr, co or ec.")]
        public string? Issue { get; init; }

        [CommandOption("--from <DATE>")]
        [Description("Earliest date, YYYY-MM-DD.")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Latest date, YYYY-MM-DD.")]
        public string? To { get; init; }

        [CommandOption("--session <N>")]
        [Description("Only this General Assembly session.")]
        public int? Session { get; init; }

        [CommandOption("--important")]
        [Description("Only the US State Department's \"important votes\".")]
        public bool Important { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Most roll calls to show, newest first.")]
        [DefaultValue(Defaults.VoteLimit)]
        public int Limit { get; init; } = Defaults.VoteLimit;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var query = VoteQuery.ForSearch(settings.Search) with
        {
            Issue = settings.Issue is null ? null : Flag.Value("--issue", settings.Issue, IssueCodes.Parse),
            From = Flag.Value<DateOnly?>("--from", settings.From, Input.TryDate),
            To = Flag.Value<DateOnly?>("--to", settings.To, Input.TryDate),
            Session = settings.Session,
            ImportantOnly = settings.Important,
            Limit = settings.Limit,
            States = store.ResolveStates(settings.States, Defaults.VoteStates),
        };
        var report = store.FindVotes(query);
        if (settings.Json) Json.Write(terminal.Output, report);
        else Tables.Render(terminal.Output, report);
        return 0;
    }
}
