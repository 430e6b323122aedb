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
    // Per state, the roll calls it cast any vote on (yes | abstain | no), so a pair's both-voted count is one sweep.
    private readonly ulong[] _cast;

    /// <summary>Words per state and option.</summary>
    public int Words { get; }

    public int States { get; }

    private BitVotes(int states, int words, ulong[] bits)
    {
        (States, Words, _bits) = (states, words, bits);
        _cast = new ulong[states * words];
        for (var s = 0; s < states; s++)
            for (var w = 0; w < words; w++)
            {
                var at = s * PairTable.Options * words + w;
                _cast[s * words + w] = bits[at] | bits[at + words] | bits[at + 2 * words];
            }
    }

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

    /// <summary>
    /// Identical-vote agreement of a pair without building its table: the three diagonal cells over the
    /// roll calls both cast a vote on (four sweeps instead of nine). <paramref name="both"/> is that count;
    /// the share is NaN when it is 0, as <see cref="Agreement.Identical"/> gives.
    /// </summary>
    public double Identical(int a, int b, out int both)
    {
        var w = Words;
        var x = _bits.AsSpan(a * PairTable.Options * w, PairTable.Options * w);
        var y = _bits.AsSpan(b * PairTable.Options * w, PairTable.Options * w);
        var ca = _cast.AsSpan(a * w, w);
        var cb = _cast.AsSpan(b * w, w);
        int same = 0, n = 0;
        for (var k = 0; k < w; k++)
        {
            same += BitOperations.PopCount(x[k] & y[k]) + BitOperations.PopCount(x[w + k] & y[w + k]) + BitOperations.PopCount(x[2 * w + k] & y[2 * w + k]);
            n += BitOperations.PopCount(ca[k] & cb[k]);
        }
        both = n;
        return n == 0 ? double.NaN : (double)same / n;
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
