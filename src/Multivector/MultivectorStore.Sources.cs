using Multivector.Model;
using Multivector.Sources;

namespace Multivector;

public sealed partial class MultivectorStore
{
    /// <summary>Each source in the store with its coverage: roll calls, dates, states, votes and imported versions.</summary>
    public IReadOnlyList<SourceCoverage> Sources()
    {
        var list = new List<SourceCoverage>();
        using var command = _db.Command("SourcesCoverage");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new SourceCoverage(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                DateOnly.FromDateTime(reader.GetDateTime(4)), DateOnly.FromDateTime(reader.GetDateTime(5)),
                (int)reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8),
                reader.IsDBNull(9) ? [] : reader.GetString(9).Split(" | ")));
        }
        return list;
    }

    /// <summary>
    /// The roll calls two sources both hold, and those where they disagree: on the official tally (when both
    /// give one) or on any state's cast vote (yes, abstain, no; a missing vote and a non-voting one are alike).
    /// </summary>
    public SourceDiff SourcesDiff(string a, string b)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var names = _db.Command("SourceNames"))
        using (var reader = names.ExecuteReader())
        {
            while (reader.Read()) known.Add(reader.GetString(0));
        }
        foreach (var s in new[] { a, b })
        {
            if (!known.Contains(s)) throw MultivectorException.NotFound($"Unknown source '{s}': expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
        if (a == b) throw MultivectorException.BadRequest($"Source '{a}' is named twice: expected two different sources.");
        var rollCalls = new List<SourceDisagreement>();
        var compared = 0;
        using (var command = _db.Command("SourcesDiff", ("a", a), ("b", b)))
        using (var reader = command.ExecuteReader())
        {
            long? last = null;
            SourceDisagreement? current = null;
            while (reader.Read())
            {
                var rcid = reader.GetInt64(0);
                if (rcid != last)
                {
                    compared++;
                    last = rcid;
                    if (current is not null && (current.States.Count > 0 || current.TallyDiffers)) rollCalls.Add(current);
                    Tally? Official(int at) => reader.IsDBNull(at) ? null : new Tally(reader.GetInt32(at), reader.GetInt32(at + 1), reader.GetInt32(at + 2), null);
                    current = new SourceDisagreement(rcid, reader.IsDBNull(1) ? null : reader.GetString(1), DateOnly.FromDateTime(reader.GetDateTime(2)), Official(3), Official(6), new List<StateDisagreement>());
                }
                if (!reader.IsDBNull(9))
                {
                    Vote? Cast(int at) => reader.IsDBNull(at) ? null : (Vote)reader.GetByte(at);
                    ((List<StateDisagreement>)current!.States).Add(new StateDisagreement(StateCode.Parse(reader.GetString(9)), Cast(10), Cast(11)));
                }
            }
            if (current is not null && (current.States.Count > 0 || current.TallyDiffers)) rollCalls.Add(current);
        }
        return new SourceDiff(a, b, compared, rollCalls);
    }
}

public sealed record SourceCoverage(string Source, int RollCalls, int FirstHeld, int Matched, DateOnly FirstDate, DateOnly LastDate,
    int States, long Votes, long Absences, IReadOnlyList<string> Versions);

/// <summary>A state's cast vote in each source; null where the source records no yes, abstain or no.</summary>
public sealed record StateDisagreement(StateCode State, Vote? A, Vote? B);

public sealed record SourceDisagreement(long RollCall, string? Symbol, DateOnly Date, Tally? OfficialA, Tally? OfficialB, IReadOnlyList<StateDisagreement> States)
{
    public bool TallyDiffers => OfficialA is { } x && OfficialB is { } y && (x.Yes, x.No, x.Abstain) != (y.Yes, y.No, y.Abstain);
}

public sealed record SourceDiff(string A, string B, int RollCallsCompared, IReadOnlyList<SourceDisagreement> Disagreements);
