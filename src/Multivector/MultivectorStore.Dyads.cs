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

    /// <summary>
    /// Bootstrap intervals for every measure of every dyad, as the agreement report computes them (the same
    /// replicates, level and seed give the same bounds); null, the default, for none. They cost about
    /// replicates × the work of the values, so narrow the states or the periods for many replicates.
    /// </summary>
    public Uncertainty? Intervals { get; init; }
}

public sealed record DyadResult(string Path, ExportFormat Format, PeriodKind By, int Periods, long Rows, DyadTimings Timings);

/// <summary>Where a dyads run spent its time, in milliseconds: loading the votes, computing, staging the rows, writing the file.</summary>
public sealed record DyadTimings(double LoadMs, double ComputeMs, double StageMs, double WriteMs);

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
        var intervals = query.Intervals is { } u ? u.Resolve(Defaults.AgreementReplicates(query.By)) : default;
        if (query.Intervals is not null && intervals.Replicates == 0) throw MultivectorException.BadRequest("Dyad intervals with 0 replicates: expected at least 1, or no intervals.");
        if (query.By == PeriodKind.All) throw MultivectorException.BadRequest("Dyads run by session or by year: expected periods by session or by year.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var matrix = Matrix(query.Selection);
        var periods = matrix.Periods(query.By);
        var pairs = Pairs(matrix, query.States, query.Partners);
        // The staging key packs a period and two states into one integer (see DyadsCreate.sql).
        if (matrix.States.Count > 1024 || periods.Count > short.MaxValue) throw new InvalidOperationException($"{matrix.States.Count} states over {periods.Count} periods do not fit the dyad key.");
        var load = clock.Elapsed;

        clock.Restart();
        var dyads = Compute(matrix, periods, pairs, query.Intervals is null ? null : intervals);
        var compute = clock.Elapsed;

        clock.Restart();
        using var memory = Database.Open(":memory:", readOnly: false);
        memory.Execute("DyadsCreate");
        if (dyads.Bounds is not null) memory.Execute("DyadsAddIntervals");
        var kind = query.By == PeriodKind.Session ? "session" : "year";
        Staging.Append(memory, "dyad_names", [0], (row, _) => row.AppendValue(matrix.States.Select(s => s.Code.Value).ToList()).AppendValue(kind)
            .AppendValue(periods.Select(p => p.Label).ToList()).AppendValue(periods.Select(p => p.Length).ToList()));
        Staging.Append(memory, "dyads", Enumerable.Range(0, dyads.Rows), (row, r) =>
        {
            var (a, b, p, n) = dyads.Keys[r];
            row.AppendValue(((long)p << 20) | ((long)a << 10) | (long)b).AppendValue(n);
            var values = dyads.Values.AsSpan(r * BitVotes.MeasureCount, BitVotes.MeasureCount);
            for (var m = 0; m < values.Length; m++)
            {
                if (m == StateDeptCurrent) continue;
                if (double.IsFinite(values[m])) row.AppendValue(values[m]);
                else row.AppendNullValue();
            }
            if (dyads.Bounds is { } bounds)
            {
                foreach (var v in bounds.AsSpan(r * 2 * BitVotes.MeasureCount, 2 * BitVotes.MeasureCount))
                {
                    if (double.IsFinite(v)) row.AppendValue(v);
                    else row.AppendNullValue();
                }
            }
            return row;
        });
        var stage = clock.Elapsed;

        clock.Restart();
        var written = Store.Export.WriteQuery(memory, dyads.Bounds is null ? "DyadsExport" : "DyadsExportIntervals", "dyads", format, path, overwrite, Path);
        var timings = new DyadTimings(load.TotalMilliseconds, compute.TotalMilliseconds, stage.TotalMilliseconds, clock.Elapsed.TotalMilliseconds);
        return new DyadResult(System.IO.Path.GetFullPath(path), format, query.By, periods.Count, written, timings);
    }

    // Its value is Voeten's exactly (BitVotes.MeasuresFromCells), so the export copies that column.
    private static readonly int StateDeptCurrent = MeasureLabels.Every.ToList().IndexOf(Measure.StateDeptCurrent);

    /// <summary>
    /// Every dyad-period with a roll call both voted on: its key, its seven measures in one flat array, and with
    /// intervals their low and high bounds (measure by measure, low then high) in another.
    /// </summary>
    private static (int Rows, (int A, int B, int Period, int N)[] Keys, double[] Values, double[]? Bounds) Compute(
        VoteMatrix matrix, IReadOnlyList<Period> periods, List<(int A, int B)> pairs, (int Replicates, double Level, int Seed)? intervals)
    {
        // Sized for every pair in every period; pairs with no roll call both voted on leave their room unused.
        var keys = new (int A, int B, int Period, int N)[periods.Count * pairs.Count];
        var values = new double[keys.Length * BitVotes.MeasureCount];
        var bounds = intervals is null ? null : new double[keys.Length * 2 * BitVotes.MeasureCount];
        var rows = 0;
        for (var p = 0; p < periods.Count; p++)
        {
            var bits = BitVotes.Pack(matrix, periods[p]);
            foreach (var (a, b) in pairs)
            {
                var n = bits.Measures(a, b, values.AsSpan(rows * BitVotes.MeasureCount, BitVotes.MeasureCount));
                if (n == 0) continue;
                if (intervals is var (replicates, level, seed))
                {
                    var found = Bootstrap.Intervals(bits.Table(a, b), replicates, level, seed);
                    for (var m = 0; m < BitVotes.MeasureCount; m++)
                    {
                        var interval = found[MeasureLabels.Every[m]];
                        bounds![(rows * BitVotes.MeasureCount + m) * 2] = interval.Low;
                        bounds[(rows * BitVotes.MeasureCount + m) * 2 + 1] = interval.High;
                    }
                }
                keys[rows++] = (a, b, p, n);
            }
        }
        return (rows, keys, values, bounds);
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
        // Matrix order is code order, so sorted index pairs come out in code order whatever the lists' order.
        pairs.Sort();
        return pairs;
    }
}
