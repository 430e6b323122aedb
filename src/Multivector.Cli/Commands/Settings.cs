using System.ComponentModel;
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
        var problem = Problem();
        if (problem is not null) throw new MultivectorException(problem, ErrorKind.BadRequest);
        Input.TrySelection(Years, Sessions, Issues, out var selection, out _);
        return selection with { ImportantOnly = Important, ExcludeUnanimous = Contested, ExcludeAmendments = NoAmendments };
    }

    public override ValidationResult Validate() => Problem() is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();

    /// <summary>The engine's complaint about the selection, naming the flag: "years '19x2': …" becomes "--years '19x2': …".</summary>
    private string? Problem() =>
        Input.TrySelection(Years, Sessions, Issues, out _, out var error) ? null
        : error!.StartsWith("years ", StringComparison.Ordinal) || error.StartsWith("sessions ", StringComparison.Ordinal) || error.StartsWith("issues ", StringComparison.Ordinal) ? "--" + error
        : error;
}

internal class UncertaintySettings : SelectionSettings
{
    [CommandOption("--replicates <N>")]
    [Description("Bootstrap replicates for the confidence intervals (0 for none). Default: 1000 for one overall figure (agree --by all), otherwise 200.")]
    public int? Replicates { get; init; }

    [CommandOption("--level <P>")]
    [Description("Confidence level of the intervals.")]
    [DefaultValue(Defaults.Level)]
    public double Level { get; init; } = Defaults.Level;

    [CommandOption("--seed <N>")]
    [Description("Seed of the bootstrap; the same seed gives the same intervals.")]
    [DefaultValue(Defaults.Seed)]
    public int Seed { get; init; } = Defaults.Seed;

    public Uncertainty ToUncertainty() => new Uncertainty(Replicates, Level, Seed).Validate();

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        return !result.Successful ? result
            : new Uncertainty(Replicates, Level, Seed).Problem() is { } problem ? ValidationResult.Error(problem)
            : result;
    }
}
