using System.Text.Json.Serialization;

namespace Multivector.Model;

/// <summary>Voeten's six issue codes for roll calls.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Issue>))]
public enum Issue
{
    PalestinianConflict,
    NuclearWeapons,
    ArmsControl,
    HumanRights,
    Colonialism,
    EconomicDevelopment,
}

public static class IssueCodes
{
    internal static readonly (Issue Issue, string Code, string Name)[] All =
    [
        (Issue.PalestinianConflict, "me", "Palestinian conflict"),
        (Issue.NuclearWeapons, "nu", "Nuclear weapons and nuclear material"),
        (Issue.ArmsControl, "di", "Arms control and disarmament"),
        (Issue.HumanRights, "hr", "Human rights"),
        (Issue.Colonialism, "co", "Colonialism"),
        (Issue.EconomicDevelopment, "ec", "Economic development"),
    ];

    public static IReadOnlyList<Issue> Every { get; } = [.. All.Select(a => a.Issue)];

    public static string Code(this Issue issue) => All.First(a => a.Issue == issue).Code;

    public static string Name(this Issue issue) => All.First(a => a.Issue == issue).Name;

    public static bool TryParse(string? text, out Issue issue)
    {
        foreach (var a in All)
        {
            if (string.Equals(a.Code, text?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.Issue.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                issue = a.Issue;
                return true;
            }
        }
        issue = default;
        return false;
    }

    public static Issue Parse(string text) => TryParse(text, out var issue)
        ? issue
        : throw MultivectorException.BadRequest($"'{text}' is not an issue code: expected one of {string.Join(", ", All.Select(a => a.Code))}.");
}
