using Multivector.Model;
using Multivector.Sources;

namespace Multivector.Reports;

/// <summary>What to look for among roll calls. Every filter is optional; they combine with AND.</summary>
public sealed record VoteQuery
{
    /// <summary>A resolution symbol such as A/RES/68/262, or its tail such as 68/262.</summary>
    public string? Symbol { get; init; }
    /// <summary>
    /// A series of resolutions by its session label: "ES-11" (the emergency special session on Ukraine), "ES-10",
    /// "S-27" or "76": every roll call whose symbol starts A/RES/&lt;label&gt;/.
    /// </summary>
    public string? Series { get; init; }
    /// <summary>Words that must all appear in the title or description, in any case.</summary>
    public string? Words { get; init; }
    public Issue? Issue { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? Session { get; init; }
    public bool ImportantOnly { get; init; }
    /// <summary>States whose votes to show on each roll call.</summary>
    public IReadOnlyList<StateCode> States { get; init; } = [];
    public int Limit { get; init; } = Defaults.VoteLimit;

    /// <summary>
    /// What one search box means: a symbol when it has a '/' (A/RES/68/262, 68/262), a series for a session label
    /// (ES-11, es-10, S-27), otherwise words.
    /// </summary>
    public static VoteQuery ForSearch(string? text)
    {
        var search = text?.Trim();
        if (string.IsNullOrEmpty(search)) return new VoteQuery();
        if (search.Contains('/', StringComparison.Ordinal)) return new VoteQuery { Symbol = search };
        return IsSeries(search) ? new VoteQuery { Series = search } : new VoteQuery { Words = search };
    }

    private static bool IsSeries(string text) =>
        text.Length is >= 4 and <= 6 && (text.StartsWith("ES-", StringComparison.OrdinalIgnoreCase) || text.StartsWith("S-", StringComparison.OrdinalIgnoreCase))
        && text[(text.IndexOf('-', StringComparison.Ordinal) + 1)..].All(char.IsAsciiDigit);
}

public sealed record StateVote(StateCode State, string Name, Vote Vote);

/// <summary>The tally counted from the stored votes; absent = members on the date that cast no vote.</summary>
public sealed record VoteTally(int Yes, int No, int Abstain, int Absent);

public sealed record KeyVote(
    long RollCall,
    int Session,
    DateOnly Date,
    string? Symbol,
    string Title,
    string? Description,
    bool? Important,
    IReadOnlyList<Issue> Issues,
    VoteTally Tally,
    Tally? Official,
    IReadOnlyList<StateVote> Votes);

public sealed record KeyVoteReport(VoteQuery Query, string Description, int Matches, IReadOnlyList<KeyVote> RollCalls);
