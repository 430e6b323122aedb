using Multivector.Model;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector;

/// <summary>
/// Which dyads <see cref="MultivectorStore.Dyads"/> writes: every pair of <see cref="States"/> × <see cref="Partners"/>
/// (each empty: every state), per session or year, over the roll calls the selection picks.
/// </summary>
public sealed record DyadQuery
{
    public Selection Selection { get; init; } = Selection.All;
    public PeriodKind By { get; init; } = PeriodKind.Year;
    public IReadOnlyList<StateCode> States { get; init; } = [];
    public IReadOnlyList<StateCode> Partners { get; init; } = [];
}

public sealed record DyadResult(string Path, ExportFormat Format, PeriodKind By, int Periods, long Rows);

public sealed partial class MultivectorStore
{
    /// <summary>
    /// The dyadic dataset: one row per pair of states and period, with the roll calls both voted on and every
    /// agreement measure (identical, Voeten, the State Department's two, S, kappa, pi), written to CSV or
    /// Parquet all at once. Each pair appears once (A before B in code order when both are in both lists); a
    /// pair with no roll call both voted on in a period is left out. Tables come from the bit-packed kernel
    /// (<c>BitVotes</c>), which gives the same integers as the agreement report's.
    /// </summary>
    public DyadResult Dyads(DyadQuery query, ExportFormat format, string path, bool overwrite = false)
    {
        foreach (var s in query.States.Concat(query.Partners)) State(s);
        if (query.By == PeriodKind.All) throw MultivectorException.BadRequest("Dyads run by session or by year: expected periods by session or by year.");
        var matrix = Matrix(query.Selection);
        var periods = matrix.Periods(query.By);
        var pairs = Pairs(matrix, query.States, query.Partners);
        using var memory = Database.Open(":memory:", readOnly: false);
        memory.Execute("DyadsCreate");
        var kind = query.By == PeriodKind.Session ? "session" : "year";
        var rows = periods.SelectMany(period =>
        {
            var bits = BitVotes.Pack(matrix, period);
            return pairs.Select(p =>
            {
                var values = new double[BitVotes.MeasureCount];
                return (p.A, p.B, Period: period, N: bits.Measures(p.A, p.B, values), Values: values);
            }).Where(x => x.N > 0);
        });
        static double? Finite(double v) => double.IsFinite(v) ? v : null;
        Staging.Append(memory, "dyads", rows, (row, x) =>
        {
            row.AppendValue(matrix.States[x.A].Code.Value).AppendValue(matrix.States[x.B].Code.Value).AppendValue(kind).AppendValue(x.Period.Label)
                .AppendValue(x.Period.Length).AppendValue(x.N);
            foreach (var v in x.Values) row.AppendValue(Finite(v));
            return row;
        });
        var written = Store.Export.WriteQuery(memory, "DyadsExport", "dyads", format, path, overwrite, Path);
        return new DyadResult(System.IO.Path.GetFullPath(path), format, query.By, periods.Count, written);
    }

    /// <summary>Matrix index pairs: each unordered pair once, A the earlier code when both ends are in both lists.</summary>
    private static List<(int A, int B)> Pairs(VoteMatrix matrix, IReadOnlyList<StateCode> states, IReadOnlyList<StateCode> partners)
    {
        var all = Enumerable.Range(0, matrix.States.Count).ToList();
        var left = states.Count == 0 ? all : [.. states.Select(matrix.IndexOf)];
        var right = partners.Count == 0 ? all : [.. partners.Select(matrix.IndexOf)];
        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int A, int B)>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (a == b) continue;
                var key = a < b ? (a, b) : (b, a);
                if (seen.Add(key)) pairs.Add(key);
            }
        }
        return pairs;
    }
}
