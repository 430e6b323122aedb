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
                    checkedTables++;
                }
            }
        }

        Assert.True(checkedTables > 1_000_000, $"{checkedTables} dyad-periods");
    }
}
