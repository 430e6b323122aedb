using Multivector.Votes;

namespace Multivector.Reports;

/// <summary>Builds an <see cref="AgreementReport"/> from a vote matrix: every measure, every period.</summary>
internal static class AgreementAnalysis
{
    public static IReadOnlyList<AgreementRow> Rows(VoteMatrix matrix, int a, int b, PeriodKind by, int replicates, double level, int seed)
    {
        var rows = new List<AgreementRow>();
        foreach (var period in matrix.Periods(by))
        {
            var table = Table(matrix, a, b, period);
            var intervals = Bootstrap.Intervals(table, replicates, level, seed);
            var values = MeasureLabels.Every
                .Select(m => new MeasureValue(m, Agreement.Compute(m, table), intervals[m].Low, intervals[m].High))
                .ToList();
            rows.Add(new AgreementRow(period.Label, period.Length, table.N, JointVotes.From(table), values));
        }
        return rows;
    }

    /// <summary>The pair table over a period, summing its blocks when a year is split.</summary>
    public static PairTable Table(VoteMatrix matrix, int a, int b, Period period)
    {
        if (period.Parts is null) return PairTable.Count(matrix.RawRow(a).Slice(period.Start, period.Length), matrix.RawRow(b).Slice(period.Start, period.Length));
        Span<int> cells = stackalloc int[PairTable.CellCount];
        foreach (var part in period.Parts)
        {
            var t = PairTable.Count(matrix.RawRow(a).Slice(part.Start, part.Length), matrix.RawRow(b).Slice(part.Start, part.Length));
            for (var i = 0; i < PairTable.CellCount; i++) cells[i] += t.Cell(i / 3, i % 3);
        }
        return PairTable.FromCounts(cells);
    }
}
