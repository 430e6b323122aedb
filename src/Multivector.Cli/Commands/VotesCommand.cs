using System.ComponentModel;
using System.Globalization;
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
        [DefaultValue(20)]
        public int Limit { get; init; } = 20;
    }

    internal static readonly string DefaultStates = "KAZ,KGZ,TJK,TKM,UZB,USA,RUS,CHN";

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var search = settings.Search?.Trim();
        var isSymbol = search is not null && search.Contains('/', StringComparison.Ordinal);
        var isSeries = search is not null && !isSymbol && IsSeries(search);
        var query = new VoteQuery
        {
            Symbol = isSymbol ? search : null,
            Series = isSeries ? search : null,
            Words = isSymbol || isSeries ? null : search,
            Issue = settings.Issue is null ? null : IssueCodes.Parse(settings.Issue),
            From = OptionDates.Parse(settings.From, "--from"),
            To = OptionDates.Parse(settings.To, "--to"),
            Session = settings.Session,
            ImportantOnly = settings.Important,
            Limit = settings.Limit,
            States = [.. (settings.States ?? DefaultStates).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(store.ResolveState)],
        };
        var report = store.FindVotes(query);
        if (settings.Json) Json.Write(terminal.Output, report);
        else Tables.Render(terminal.Output, report);
        return 0;
    }

    /// <summary>"ES-11", "es-10" or "S-27": a session label, listed whole rather than searched as words.</summary>
    private static bool IsSeries(string text) =>
        text.Length is >= 4 and <= 6 && (text.StartsWith("ES-", StringComparison.OrdinalIgnoreCase) || text.StartsWith("S-", StringComparison.OrdinalIgnoreCase))
        && text[(text.IndexOf('-', StringComparison.Ordinal) + 1)..].All(char.IsAsciiDigit);
}
