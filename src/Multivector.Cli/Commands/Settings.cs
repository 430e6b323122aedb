using System.ComponentModel;
using System.Globalization;
using Multivector.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal class StoreSettings : CommandSettings
{
    [CommandOption("--store <PATH>")]
    [Description("The DuckDB store file. Default: $MULTIVECTOR_STORE, else multivector.duckdb in your local data folder. Built from the bundled data on first use.")]
    public string? Store { get; init; }

    [CommandOption("--json")]
    [Description("Write the result as JSON to standard output instead of tables.")]
    public bool Json { get; init; }

    [CommandOption("--verbose")]
    [Description("On an unexpected failure, show the stack trace.")]
    public bool Verbose { get; init; }
}

internal class SelectionSettings : StoreSettings
{
    [CommandOption("--years <RANGE>")]
    [Description("Years to include: 2014, 1992-2023, 1992- or -1991.")]
    public string? Years { get; init; }

    [CommandOption("--sessions <RANGE>")]
    [Description("General Assembly sessions to include: 68, 47-77, 47- or -46.")]
    public string? Sessions { get; init; }

    [CommandOption("--issues <CODES>")]
    [Description("Only roll calls tagged with one of these issues: me (Palestinian conflict), nu (nuclear), di (disarmament), hr (human rights), co (colonialism), ec (economic development).")]
    public string? Issues { get; init; }

    [CommandOption("--important")]
    [Description("Only the US State Department's \"important votes\".")]
    public bool Important { get; init; }

    [CommandOption("--contested")]
    [Description("Leave out unanimous roll calls (every state that voted cast the same vote).")]
    public bool Contested { get; init; }

    [CommandOption("--no-amendments")]
    [Description("Leave out votes on amendments and separate paragraphs.")]
    public bool NoAmendments { get; init; }

    public Selection ToSelection()
    {
        var (fromYear, toYear) = Range(Years, "--years");
        var (fromSession, toSession) = Range(Sessions, "--sessions");
        return new Selection
        {
            FromYear = fromYear,
            ToYear = toYear,
            FromSession = fromSession,
            ToSession = toSession,
            Issues = string.IsNullOrWhiteSpace(Issues) ? [] : [.. Issues.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(IssueCodes.Parse).Distinct()],
            ImportantOnly = Important,
            ExcludeUnanimous = Contested,
            ExcludeAmendments = NoAmendments,
        }.Validate();
    }

    public override ValidationResult Validate()
    {
        try
        {
            ToSelection();
            return ValidationResult.Success();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return ValidationResult.Error(e.Message);
        }
    }

    internal static (int? From, int? To) Range(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var parts = text.Split('-', 2);
        int? Part(string s) => s.Trim().Length == 0 ? null
            : int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
            : throw new FormatException($"{option} '{text}': expected a number or a range such as 1992-2023, 1992- or -1991.");
        return parts.Length == 1 ? (Part(parts[0]), Part(parts[0])) : (Part(parts[0]), Part(parts[1]));
    }
}

internal class UncertaintySettings : SelectionSettings
{
    [CommandOption("--replicates <N>")]
    [Description("Bootstrap replicates for the confidence intervals (0 for none).")]
    public int? Replicates { get; init; }

    [CommandOption("--level <P>")]
    [Description("Confidence level of the intervals.")]
    [DefaultValue(0.95)]
    public double Level { get; init; } = 0.95;

    [CommandOption("--seed <N>")]
    [Description("Seed of the bootstrap; the same seed gives the same intervals.")]
    [DefaultValue(Uncertainty.DefaultSeed)]
    public int Seed { get; init; } = Uncertainty.DefaultSeed;

    public Uncertainty ToUncertainty(int defaultReplicates) => new Uncertainty(Replicates ?? defaultReplicates, Level, Seed).Validate();
}

/// <summary>A date option as users type it, YYYY-MM-DD; anything else is refused naming the option.</summary>
internal static class OptionDates
{
    public static DateOnly? Parse(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new FormatException($"{option} '{text}': expected a date as YYYY-MM-DD.");
}
