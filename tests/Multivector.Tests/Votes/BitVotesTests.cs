using Multivector.Reports;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

[Collection(BundledStoreGroup.Name)]
public sealed class BitVotesTests(BundledStore bundled)
{
    [Theory]
    [InlineData(PeriodKind.Session)]
    [InlineData(PeriodKind.Year)]
    public void The_bit_packed_table_equals_the_byte_count_on_every_dyad_and_period(PeriodKind by)
    {
        var matrix = bundled.Store.Matrix();
        var checkedTables = 0;
        Span<double> values = stackalloc double[BitVotes.MeasureCount];
        foreach (var period in matrix.Periods(by))
        {
            var bits = BitVotes.Pack(matrix, period);
            for (var a = 0; a < matrix.States.Count; a++)
            {
                for (var b = a + 1; b < matrix.States.Count; b++)
                {
                    var expected = AgreementAnalysis.Table(matrix, a, b, period);
                    var actual = bits.Table(a, b);
                    if (expected != actual) Assert.Fail($"{matrix.States[a].Code}–{matrix.States[b].Code} in {period.Label}: bit-packed table differs.");
                    var identical = bits.Identical(a, b, out var both);
                    var reference = Agreement.Identical(expected);
                    if (both != expected.N || !(identical.Equals(reference))) Assert.Fail($"{matrix.States[a].Code}–{matrix.States[b].Code} in {period.Label}: identical {identical} over {both}, expected {reference} over {expected.N}.");
                    var n = bits.Measures(a, b, values);
                    if (n != expected.N) Assert.Fail($"{matrix.States[a].Code}–{matrix.States[b].Code} in {period.Label}: {n} both-voted, expected {expected.N}.");
                    for (var m = 0; n > 0 && m < BitVotes.MeasureCount; m++)
                    {
                        var want = Agreement.Compute(MeasureLabels.Every[m], expected);
                        if (!values[m].Equals(want)) Assert.Fail($"{matrix.States[a].Code}–{matrix.States[b].Code} in {period.Label}: {MeasureLabels.Every[m].Label()} {values[m]:R}, expected {want:R}.");
                    }
                    checkedTables++;
                }
            }
        }

        Assert.True(checkedTables > 1_000_000, $"{checkedTables} dyad-periods");
    }
}

public sealed class BitVotesMeasureTests
{
    [Fact]
    public void The_seven_measures_from_cells_are_the_same_doubles_as_Agreement_on_any_table()
    {
        VoteGen.Table.SampleFixed(t =>
        {
            if (t.N == 0) return;
            Span<double> values = stackalloc double[BitVotes.MeasureCount];
            BitVotes.MeasuresFromCells(t.Cell(0, 0), t.Cell(0, 1), t.Cell(0, 2), t.Cell(1, 0), t.Cell(1, 1), t.Cell(1, 2), t.Cell(2, 0), t.Cell(2, 1), t.Cell(2, 2), values);
            for (var m = 0; m < BitVotes.MeasureCount; m++)
            {
                var want = Agreement.Compute(MeasureLabels.Every[m], t);
                Assert.True(values[m].Equals(want), $"{MeasureLabels.Every[m].Label()} of {t}: {values[m]:R}, expected {want:R}");
            }
        });
    }
}
