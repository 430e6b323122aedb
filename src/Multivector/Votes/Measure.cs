using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Votes;

/// <summary>The agreement measures of <see cref="Agreement"/>; docs/methodology.md defines each one.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Measure>))]
public enum Measure
{
    Identical,
    Voeten,
    StateDeptVotesOnly,
    StateDeptCurrent,
    SignorinoRitterS,
    CohenKappa,
    ScottPi,
}

public static class MeasureLabels
{
    internal static readonly (Measure Measure, string Label)[] All =
    [
        (Measure.Identical, "identical"),
        (Measure.Voeten, "voeten"),
        (Measure.StateDeptVotesOnly, "sd-votes"),
        (Measure.StateDeptCurrent, "sd-current"),
        (Measure.SignorinoRitterS, "s"),
        (Measure.CohenKappa, "kappa"),
        (Measure.ScottPi, "pi"),
    ];

    public static IReadOnlyList<Measure> Every { get; } = [.. All.Select(a => a.Measure)];

    public static string Label(this Measure measure)
    {
        foreach (var a in All)
            if (a.Measure == measure) return a.Label;
        throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a measure");
    }

    /// <summary>Accepts the short label (<c>kappa</c>) or the enum name (<c>CohenKappa</c>), in any case.</summary>
    public static bool TryParse(string? text, out Measure measure)
    {
        var trimmed = text?.Trim();
        foreach (var a in All)
        {
            if (string.Equals(a.Label, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.Measure.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                measure = a.Measure;
                return true;
            }
        }
        measure = default;
        return false;
    }

    public static Measure Parse(string text) => TryParse(text, out var measure)
        ? measure
        : throw MultivectorException.BadRequest($"'{text}' is not a measure: expected one of {string.Join(", ", All.Select(a => a.Label))}.");
}
