using System.Text.RegularExpressions;

namespace Multivector.Texts;

/// <summary>
/// A statement: its text exactly as imported (offsets point into it) and what is known about it. Issuers are
/// state codes (KAZ) or group names (C5+1, G7), as the corpus gives them.
/// </summary>
public sealed partial record Document(
    string Id,
    DateOnly Date,
    string Title,
    IReadOnlyList<string> Issuers,
    string? Format,
    string? Language,
    string? SourceUrl,
    string? Licence,
    string Corpus,
    string Text)
{
    /// <summary>Where it was adopted, as the header says ("Astana, Kazakhstan").</summary>
    public string? Place { get; init; }

    /// <summary>
    /// "full", "partial" (an excerpt or fragments: a clause missing from it is not evidence that it was left
    /// out), or null when the source does not say.
    /// </summary>
    public string? Completeness { get; init; }

    /// <summary>When a fetched page was downloaded (UTC); null for a statement read from a file.</summary>
    public DateTime? RetrievedAt { get; init; }

    /// <summary>Identifiers are what users type and cite, so they are restricted to characters a shell leaves alone.</summary>
    public static bool IsValidId(string id) => id.Length is > 0 and <= 200 && IdPattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._+\-]*$")]
    private static partial Regex IdPattern();
}
