using CsCheck;
using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

public class PairTableTests
{
    [Fact]
    public void Cells_count_joint_votes_with_state_A_in_rows()
    {
        Vote[] a = [Vote.Yes, Vote.Yes, Vote.Yes, Vote.Abstain, Vote.No, Vote.No];
        Vote[] b = [Vote.Yes, Vote.No, Vote.No, Vote.Yes, Vote.Abstain, Vote.No];

        var table = PairTable.Count(a, b);

        Assert.Equal(1, table[Vote.Yes, Vote.Yes]);
        Assert.Equal(2, table[Vote.Yes, Vote.No]);
        Assert.Equal(0, table[Vote.No, Vote.Yes]);
        Assert.Equal(1, table[Vote.Abstain, Vote.Yes]);
        Assert.Equal(1, table[Vote.No, Vote.Abstain]);
        Assert.Equal(1, table[Vote.No, Vote.No]);
        Assert.Equal(6, table.N);
    }

    [Fact]
    public void Roll_calls_with_an_absence_or_a_non_member_on_either_side_are_not_counted()
    {
        Vote[] a = [Vote.Yes, Vote.Absent, Vote.Yes, Vote.NonMember, Vote.Absent];
        Vote[] b = [Vote.Absent, Vote.Yes, Vote.NonMember, Vote.No, Vote.Absent];

        Assert.Equal(0, PairTable.Count(a, b).N);
    }

    [Fact]
    public void From_counts_reads_cells_row_by_row()
    {
        var table = PairTable.FromCounts([1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Assert.Equal(2, table[Vote.Yes, Vote.Abstain]);
        Assert.Equal(4, table[Vote.Abstain, Vote.Yes]);
        Assert.Equal(9, table[Vote.No, Vote.No]);
        Assert.Equal(45, table.N);
        Assert.Equal(6, table.RowTotal(0));
        Assert.Equal(12, table.ColumnTotal(0));
    }

    [Fact]
    public void Records_of_different_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => PairTable.Count([Vote.Yes, Vote.No], [Vote.Yes]));
    }

    [Fact]
    public void A_table_needs_nine_non_negative_counts()
    {
        Assert.Throws<ArgumentException>(() => PairTable.FromCounts([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => PairTable.FromCounts([1, 2, 3, 4, 5, 6, 7, 8, -1]));
    }

    [Fact]
    public void Only_cast_votes_index_a_table()
    {
        var table = PairTable.FromCounts([1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Assert.Throws<ArgumentOutOfRangeException>(() => table[Vote.Absent, Vote.Yes]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[Vote.Yes, Vote.NonMember]);
    }

    [Fact]
    public void Transposing_swaps_the_states()
    {
        var table = PairTable.FromCounts([1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Assert.Equal(PairTable.FromCounts([1, 4, 7, 2, 5, 8, 3, 6, 9]), table.Transpose());
        Assert.Equal(table, table.Transpose().Transpose());
    }

    [Fact]
    public void Vectorized_count_matches_the_plain_loop_on_any_bytes()
    {
        // Lengths past 64 cover whole 32-byte blocks plus a tail; arbitrary bytes cover codes that are no vote.
        var code = Gen.Frequency<byte>((3, Gen.Byte[1, 3]), (1, Gen.Byte));
        (from n in Gen.Int[0, 200]
         from a in code.Array[n]
         from b in code.Array[n]
         select (a, b))
            .SampleFixed(p => Assert.Equal(PairTable.CountScalar(p.a, p.b), PairTable.Count(p.a, p.b)), cases: 200);
    }

    [Fact]
    public void Counts_add_up_to_the_roll_calls_both_states_voted_on()
    {
        VoteGen.AnyRecords.SampleFixed(r =>
            Assert.Equal(r.A.Zip(r.B).Count(p => p.First.IsCast() && p.Second.IsCast()), PairTable.Count(r.A, r.B).N));
    }
}
