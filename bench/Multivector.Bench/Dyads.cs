using Multivector.Votes;

namespace Multivector.Bench;

/// <summary>Sums over every dyad-session: enough to keep the work observable and to compare with SQL.</summary>
public sealed record DyadTotals(long DyadSessions, double[] Sums);

/// <summary>One dyad-session's measures, for the check against SQL.</summary>
internal readonly record struct DyadRow(int Session, string StateA, string StateB, int N, double[] Values);

/// <summary>
/// The C# side of DyadBenchmarks: for each session, each unordered pair of states that cast at least one
/// vote together gets its <see cref="PairTable"/> and all seven measures.
/// </summary>
internal static class Dyads
{
    private static readonly Measure[] Measures = [.. MeasureLabels.Every];

    public static DyadTotals Compute(VoteMatrix matrix, IReadOnlyList<Period> sessions, bool parallel)
    {
        var counts = new long[sessions.Count];
        var sums = new double[sessions.Count * Measures.Length];
        if (parallel)
            Parallel.For(0, sessions.Count, p => counts[p] = Session(matrix, sessions[p], sums.AsSpan(p * Measures.Length, Measures.Length), null));
        else
            for (var p = 0; p < sessions.Count; p++) counts[p] = Session(matrix, sessions[p], sums.AsSpan(p * Measures.Length, Measures.Length), null);
        // Combined in session order, so the totals do not depend on scheduling.
        var total = new double[Measures.Length];
        for (var p = 0; p < sessions.Count; p++)
            for (var m = 0; m < Measures.Length; m++) total[m] += sums[p * Measures.Length + m];
        return new DyadTotals(counts.Sum(), total);
    }

    public static List<DyadRow> Rows(VoteMatrix matrix, IReadOnlyList<Period> sessions)
    {
        var rows = new List<DyadRow>();
        var scratch = new double[Measures.Length];
        foreach (var session in sessions) Session(matrix, session, scratch, rows);
        return rows;
    }

    private static long Session(VoteMatrix matrix, Period session, Span<double> sums, List<DyadRow>? rows)
    {
        // States that cast no vote in the session cannot form a dyad in it; skipping them halves the pairs
        // in the early sessions, when most of today's states were not yet members.
        var active = new List<int>(matrix.States.Count);
        for (var s = 0; s < matrix.States.Count; s++)
        {
            foreach (var v in matrix.RawRow(s).Slice(session.Start, session.Length))
            {
                if (v - 1u < 3)
                {
                    active.Add(s);
                    break;
                }
            }
        }
        var number = rows is null ? 0 : int.Parse(session.Label, System.Globalization.CultureInfo.InvariantCulture);
        long dyads = 0;
        for (var i = 0; i < active.Count; i++)
        {
            var a = matrix.RawRow(active[i]).Slice(session.Start, session.Length);
            for (var j = i + 1; j < active.Count; j++)
            {
                var table = PairTable.Count(a, matrix.RawRow(active[j]).Slice(session.Start, session.Length));
                if (table.N == 0) continue;
                dyads++;
                double[]? values = rows is null ? null : new double[Measures.Length];
                for (var m = 0; m < Measures.Length; m++)
                {
                    var value = Agreement.Compute(Measures[m], table);
                    if (!double.IsNaN(value)) sums[m] += value;
                    if (values is not null) values[m] = value;
                }
                rows?.Add(new DyadRow(number, matrix.States[active[i]].Code.Value, matrix.States[active[j]].Code.Value, table.N, values!));
            }
        }
        return dyads;
    }
}
