using Multivector.Model;
using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Votes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class ProfileCommand(Terminal terminal) : Command<ProfileCommand.Settings>
{
    internal sealed class Settings : UncertaintySettings
    {
        [CommandArgument(0, "<STATE>")]
        [Description("The state to profile: a code such as KAZ, or a name.")]
        public string State { get; init; } = "";

        [CommandOption("--partners <CODES>")]
        [Description("Comma-separated partners. Default: USA,RUS,CHN. Start with + to add to the default: +DEU,IND,TUR.")]
        public string? Partners { get; init; }

        [CommandOption("--measure <NAME>")]
        [Description("identical, voeten, sd-votes, sd-current, s, kappa or pi.")]
        [DefaultValue("voeten")]
        public string? Measure { get; init; }

        [CommandOption("--by <PERIOD>")]
        [Description("year, session or all.")]
        [DefaultValue("year")]
        public string? By { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var state = store.ResolveState(settings.State);
        var partners = store.ResolvePartners(state, settings.Partners);
        var measure = Flag.Value<Measure>("--measure", settings.Measure, Input.TryMeasure);
        var selection = settings.ToSelection();
        var uncertainty = settings.ToUncertainty();
        var by = Flag.Value("--by", settings.By, (string? t, out PeriodKind p, out string? e) => Input.TryPeriod(t, Defaults.ProfileBy, out p, out e));
        var report = settings.Json
            ? store.Profile(state, partners, measure, selection, by, uncertainty)
            : StoreAccess.WithProgress(terminal, p => store.Profile(state, partners, measure, selection, by, uncertainty, p));
        if (settings.Json)
        {
            Json.Write(terminal.Output, report);
            return 0;
        }
        Tables.Render(terminal.Output, report);
        var ties = store.TieSummary(state);
        if (ties.Count > 0) terminal.Output.MarkupLine(TiesLine(ties));
        return 0;
    }

    /// <summary>One line of the state's ties: each one's top partner and share, with the year (`ties` has the whole table).</summary>
    private static string TiesLine(IReadOnlyList<TieConcentration> ties)
    {
        static string Label(TieConcentration c) => (c.Indicator, c.Direction) switch
        {
            ("remittances", "inflow") => "remittances from",
            ("emigrants", "outflow") => "emigrants in",
            ("fdi-position", "inflow") => "inward FDI (5 investors) from",
            _ => c.Indicator,
        };
        // Where a tie comes on two bases (IMF reported and derived figures), the one covering more partners.
        var parts = ties.Where(c => MultivectorStore.IsCore(c.Indicator, c.Direction)).GroupBy(c => (c.Indicator, c.Direction)).Select(g => g.MaxBy(c => c.Partners)!).OrderBy(c => c.Indicator, StringComparer.Ordinal)
            .Select(c => $"{Label(c)} {Shown.Escape(c.TopPartner)} {(c.TopShare * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture)}% ({c.Year})");
        return $"Ties: {string.Join("; ", parts)}. See [bold]multivector ties[/] for every partner.";
    }

}
