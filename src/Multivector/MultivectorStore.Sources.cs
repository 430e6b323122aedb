using Multivector.Model;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector;

public sealed partial class MultivectorStore
{
    /// <summary>Each source in the store with its coverage: roll calls, dates, states, votes and imported versions.</summary>
    public IReadOnlyList<SourceCoverage> Sources()
    {
        return SourceQueries.Coverage(_db);
    }

    /// <summary>
    /// Where the store's data came from: each vote source's coverage, every import of votes, statements and
    /// ties with its version and time, and when `update` last ran (null if never).
    /// </summary>
    public Provenance Provenance()
    {
        var lastUpdate = Meta.Get(_db, "last_update");
        return new Provenance(Sources(), SourceQueries.Imports(_db), lastUpdate is null ? null : DateTime.Parse(lastUpdate.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind));
    }

    /// <summary>
    /// The roll calls two sources both hold, and those where they disagree: on the official tally (when both
    /// give one) or on any state's cast vote (yes, abstain, no; a missing vote and a non-voting one are alike).
    /// </summary>
    public SourceDiff SourcesDiff(string a, string b)
    {
        var known = SourceQueries.Names(_db);
        foreach (var s in new[] { a, b })
        {
            if (!known.Contains(s)) throw MultivectorException.NotFound($"Unknown source '{s}': expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
        if (a == b) throw MultivectorException.BadRequest($"Source '{a}' is named twice: expected two different sources.");
        var (compared, rollCalls) = SourceQueries.Diff(_db, a, b);
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

/// <summary>One recorded import: kind (votes, statements, ties), format, source or corpus, version, time (UTC), rows or roll calls added, files.</summary>
public sealed record ImportRecord(string Kind, string Format, string Source, string? Version, DateTime ImportedAt, long Added, string Files);

public sealed record Provenance(IReadOnlyList<SourceCoverage> Sources, IReadOnlyList<ImportRecord> Imports, DateTime? LastUpdate);
