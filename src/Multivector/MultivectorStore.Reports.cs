using Multivector.Model;
using Multivector.Reports;
using Multivector.Sources;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector;

/// <summary>
/// How the bootstrap runs: replicates (null for the report's default, see <see cref="Defaults"/>), confidence
/// level and seed (fixed, so reports repeat exactly).
/// </summary>
public sealed record Uncertainty(int? Replicates = null, double Level = Defaults.Level, int Seed = Defaults.Seed)
{
    public Uncertainty Validate() => Problem() is { } problem ? throw MultivectorException.BadRequest(problem) : this;

    /// <summary>What is wrong with these settings, or null.</summary>
    public string? Problem() =>
        Replicates is < 0 or > 100_000 ? $"{Replicates} bootstrap replicates: expected 0 to 100000."
        : !(Level > 0 && Level < 1) ? $"Confidence level {Level}: expected a number strictly between 0 and 1, such as 0.95."
        : null;

    /// <summary>Validated, with the default replicates filled in.</summary>
    internal (int Replicates, double Level, int Seed) Resolve(int defaultReplicates)
    {
        Validate();
        return (Replicates ?? defaultReplicates, Level, Seed);
    }
}

public sealed partial class MultivectorStore
{
    /// <summary>Every state's vote on every roll call the selection picks.</summary>
    internal VoteMatrix Matrix(Selection? selection = null) =>
        VoteQueries.Matrix(_db, AllStates, (selection ?? Selection.All).Validate());

    /// <summary>Agreement between two states under every measure, overall or per session or year.</summary>
    public AgreementReport Agreement(StateCode a, StateCode b, Selection? selection = null, PeriodKind by = Defaults.AgreementBy, Uncertainty? uncertainty = null)
    {
        var (stateA, stateB) = (State(a), State(b));
        var u = (uncertainty ?? new Uncertainty()).Resolve(Defaults.AgreementReplicates(by));
        selection ??= Selection.All;
        var matrix = Matrix(selection);
        var rows = AgreementAnalysis.Rows(matrix, matrix.IndexOf(a), matrix.IndexOf(b), by, Math.Max(u.Replicates, 1), u.Level, u.Seed);
        if (u.Replicates == 0) rows = [.. rows.Select(r => r with { Measures = [.. r.Measures.Select(m => m with { Low = double.NaN, High = double.NaN })] })];
        return new AgreementReport(a, stateA.Name, b, stateB.Name, selection, by, u.Replicates, u.Level, u.Seed, rows);
    }

    /// <summary>
    /// A multi-vector profile: the state's agreement with each partner per period, raw and relative to the
    /// assembly baseline, with bootstrap intervals and a balance summary. Partners default to USA, RUS, CHN.
    /// </summary>
    public ProfileReport Profile(StateCode state, IReadOnlyList<StateCode>? partners = null, Measure measure = Measure.Voeten,
        Selection? selection = null, PeriodKind by = Defaults.ProfileBy, Uncertainty? uncertainty = null, IProgress<StoreProgress>? progress = null)
    {
        var subject = State(state);
        if (partners is { Count: > 0 } && partners.Contains(state))
            throw MultivectorException.BadRequest($"{state} is the state being profiled, so it cannot also be a partner: expected partners other than {state}.");
        partners = partners is { Count: > 0 } ? [.. partners.Distinct()] : [.. Defaults.Partners.Where(p => p != state)];
        foreach (var p in partners) State(p);
        var u = (uncertainty ?? new Uncertainty()).Resolve(Defaults.ProfileReplicates);
        selection ??= Selection.All;
        var matrix = Matrix(selection);
        var s = matrix.IndexOf(state);
        var ps = partners.Select(matrix.IndexOf).ToList();
        var periods = by == PeriodKind.All ? [] : matrix.Periods(by)
            .Where(p => p.Columns().Any(c => matrix.Row(s)[c].IsCast()))
            .ToList();
        var results = new List<ProfilePeriod>();
        for (var i = 0; i < periods.Count; i++)
        {
            progress?.Report(new StoreProgress("profile", (double)i / (periods.Count + 1)));
            results.Add(ProfileAnalysis.Period(matrix, s, ps, measure, periods[i], u.Replicates, u.Level, u.Seed));
        }
        var whole = matrix.Periods(PeriodKind.All) is [var all] ? ProfileAnalysis.Period(matrix, s, ps, measure, all, u.Replicates, u.Level, u.Seed) : null;
        progress?.Report(new StoreProgress("profile", 1));
        return new ProfileReport(state, subject.Name, partners, [.. partners.Select(p => State(p).Name)], measure, by,
            selection, u.Replicates, u.Level, u.Seed, whole, results)
        { IdealDistances = IdealDistances(state, partners) };
    }

    /// <summary>Roll calls matching a search, with the tally and how the chosen states voted.</summary>
    public KeyVoteReport FindVotes(VoteQuery query)
    {
        foreach (var s in query.States) State(s);
        if (query.Limit is < 1 or > 10_000) throw MultivectorException.BadRequest($"Limit {query.Limit}: expected 1 to 10000.");
        var series = query.Series?.Trim().ToUpperInvariant();
        if (series is not null && !SeriesLabel().IsMatch(series))
            throw MultivectorException.BadRequest($"Series '{query.Series}': expected a session label such as ES-11, ES-10, S-27 or 76.");
        var found = VoteQueries.FindRollCalls(_db, query, series, out var matches);
        var withVotes = found.Select(k => k with { Votes = StateVotes(k, query.States) }).ToList();
        return new KeyVoteReport(query, Describe(query), matches, withVotes);
    }

    /// <summary>Writes one of the store's tables to CSV or Parquet (R: arrow::read_parquet; Python: pandas.read_parquet).</summary>
    /// <summary>
    /// Writes a table to <paramref name="path"/> all at once (a temporary file renamed into place). It refuses the
    /// store's own files, and an existing file unless <paramref name="overwrite"/> is set.
    /// </summary>
    public ExportResult Export(ExportTable table, ExportFormat format, string path, bool overwrite = false) => Store.Export.Write(_db, table, format, path, overwrite);

    private List<StateVote> StateVotes(KeyVote rollCall, IReadOnlyList<StateCode> states)
    {
        if (states.Count == 0) return [];
        var recorded = VoteQueries.VotesOn(_db, rollCall.RollCall);
        return [.. states.Select(code =>
        {
            var state = State(code);
            var vote = recorded.TryGetValue(code.Value, out var v) ? v : state.IsMemberOn(rollCall.Date) ? Vote.Absent : Vote.NonMember;
            return new StateVote(code, state.Name, vote);
        })];
    }

    private static string Describe(VoteQuery q)
    {
        var parts = new List<string>();
        if (q.Symbol is not null) parts.Add($"symbol {q.Symbol}");
        if (q.Series is not null) parts.Add($"series A/RES/{q.Series.Trim().ToUpperInvariant()}/…");
        if (!string.IsNullOrWhiteSpace(q.Words)) parts.Add($"words \"{q.Words}\"");
        if (q.Issue is Issue i) parts.Add($"issue {i.Code()}");
        if (q.From is not null || q.To is not null) parts.Add($"dates {q.From?.ToString("yyyy-MM-dd") ?? "…"} to {q.To?.ToString("yyyy-MM-dd") ?? "…"}");
        if (q.Session is int s) parts.Add($"session {s}");
        if (q.ImportantOnly) parts.Add("important votes only");
        return parts.Count == 0 ? "all roll calls" : string.Join("; ", parts);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(ES-|S-)?[0-9]{1,3}$")]
    private static partial System.Text.RegularExpressions.Regex SeriesLabel();
}
