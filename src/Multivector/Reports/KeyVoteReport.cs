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
    public int Limit { get; init; } = 20;
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

public sealed record KeyVoteReport(string Query, int Matches, IReadOnlyList<KeyVote> RollCalls);
