namespace Multivector.Model;

/// <summary>
/// Which roll calls a measure looks at. Every filter is optional; the default selects every roll call
/// in the store. Ranges are inclusive.
/// </summary>
public sealed record Selection
{
    public int? FromSession { get; init; }
    public int? ToSession { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public IReadOnlyList<Issue> Issues { get; init; } = [];
    public bool ImportantOnly { get; init; }
    /// <summary>Drop roll calls on which every state that cast a vote cast the same one.</summary>
    public bool ExcludeUnanimous { get; init; }
    /// <summary>Drop votes on amendments and separate paragraphs, keeping votes on whole texts.</summary>
    public bool ExcludeAmendments { get; init; }

    public static Selection All { get; } = new();

    /// <summary>The same in words, for people: "years 1992–2023; unanimous excluded".</summary>
    public string Description => ToString();

    public Selection Validate() => Problem() is { } problem ? throw MultivectorException.BadRequest(problem) : this;

    /// <summary>What is wrong with this selection, or null.</summary>
    public string? Problem() =>
        FromSession is < 1 || ToSession is < 1 ? "Sessions are numbered from 1."
        : FromSession > ToSession ? $"Session range {FromSession}–{ToSession} is empty: the first session is after the last."
        : FromYear > ToYear ? $"Year range {FromYear}–{ToYear} is empty: the first year is after the last."
        : FromYear is < 1945 or > 2200 || ToYear is < 1945 or > 2200 ? "Years must lie between 1945 and 2200."
        : null;

    public override string ToString()
    {
        var parts = new List<string>();
        if (FromSession is not null || ToSession is not null) parts.Add($"sessions {FromSession?.ToString() ?? "…"}–{ToSession?.ToString() ?? "…"}");
        if (FromYear is not null || ToYear is not null) parts.Add($"years {FromYear?.ToString() ?? "…"}–{ToYear?.ToString() ?? "…"}");
        if (Issues.Count > 0) parts.Add("issues " + string.Join(",", Issues.Select(i => i.Code())));
        if (ImportantOnly) parts.Add("important votes only");
        if (ExcludeUnanimous) parts.Add("unanimous excluded");
        if (ExcludeAmendments) parts.Add("amendments excluded");
        return parts.Count == 0 ? "all roll calls" : string.Join("; ", parts);
    }
}
