using System.Numerics;
using Multivector.Model;

namespace Multivector.Votes;

/// <summary>
/// One period's votes bit-packed: for each state, one bit vector per cast option (yes, abstain, no) over the
/// period's roll calls. A dyad's 3×3 <see cref="PairTable"/> is then nine AND-and-popcount sweeps of
/// ⌈n/64⌉ words instead of a pass over n bytes, and every dyad shares the packing. Results are the same
/// integers as <see cref="PairTable.Count(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>, so every measure is too.
/// </summary>
internal sealed class BitVotes
{
    private readonly ulong[] _bits;

    /// <summary>Words per state and option.</summary>
    public int Words { get; }

    public int States { get; }

    private BitVotes(int states, int words, ulong[] bits) => (States, Words, _bits) = (states, words, bits);

    /// <summary>Packs the period's columns (all its blocks, for a year split across sessions) for every state.</summary>
    public static BitVotes Pack(VoteMatrix matrix, Period period)
    {
        var columns = period.Columns().ToArray();
        var words = (columns.Length + 63) / 64;
        var states = matrix.States.Count;
        var bits = new ulong[states * PairTable.Options * words];
        for (var s = 0; s < states; s++)
        {
            var row = matrix.RawRow(s);
            var baseIndex = s * PairTable.Options * words;
            for (var k = 0; k < columns.Length; k++)
            {
                // Codes 1–3 (yes, abstain, no) map to options 0–2; anything else is not a cast vote.
                var option = row[columns[k]] - 1u;
                if (option < PairTable.Options) bits[baseIndex + (int)option * words + (k >> 6)] |= 1UL << (k & 63);
            }
        }
        return new BitVotes(states, words, bits);
    }

    /// <summary>The joint-vote table of states <paramref name="a"/> and <paramref name="b"/> (matrix indices).</summary>
    public PairTable Table(int a, int b)
    {
        Span<int> cells = stackalloc int[PairTable.CellCount];
        var aRows = _bits.AsSpan(a * PairTable.Options * Words, PairTable.Options * Words);
        var bRows = _bits.AsSpan(b * PairTable.Options * Words, PairTable.Options * Words);
        for (var i = 0; i < PairTable.Options; i++)
        {
            var x = aRows.Slice(i * Words, Words);
            for (var j = 0; j < PairTable.Options; j++)
            {
                var y = bRows.Slice(j * Words, Words);
                var count = 0;
                for (var w = 0; w < x.Length; w++) count += BitOperations.PopCount(x[w] & y[w]);
                cells[i * PairTable.Options + j] = count;
            }
        }
        return PairTable.FromCounts(cells);
    }

    /// <summary>Whether the state cast any vote in the period (a dyad with a state that never voted has no table).</summary>
    public bool Voted(int state)
    {
        var rows = _bits.AsSpan(state * PairTable.Options * Words, PairTable.Options * Words);
        foreach (var w in rows)
            if (w != 0) return true;
        return false;
    }
}
