using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
        var parts = period.Parts ?? [period];
        var width = parts.Sum(p => p.Length);
        var words = (width + 63) / 64;
        var states = matrix.States.Count;
        var bits = new ulong[states * PairTable.Options * words];
        for (var s = 0; s < states; s++)
        {
            var row = matrix.RawRow(s);
            var yes = bits.AsSpan(s * PairTable.Options * words, words);
            var abstain = bits.AsSpan(s * PairTable.Options * words + words, words);
            var no = bits.AsSpan(s * PairTable.Options * words + 2 * words, words);
            var at = 0;
            foreach (var part in parts)
            {
                var votes = row.Slice(part.Start, part.Length);
                // 64 roll calls at a time: one mask per cast option (codes 1–3: yes, abstain, no), placed at the
                // running bit position, which a second block of a year need not start on a word boundary.
                for (var k = 0; k < votes.Length; k += 64)
                {
                    var chunk = votes.Slice(k, Math.Min(64, votes.Length - k));
                    var (y, a, n) = Masks(chunk);
                    Place(yes, at + k, y);
                    Place(abstain, at + k, a);
                    Place(no, at + k, n);
                }
                at += votes.Length;
            }
        }
        return new BitVotes(states, words, bits);
    }

    // Bit i of each mask is set when votes[i] is that option; up to 64 votes.
    private static (ulong Yes, ulong Abstain, ulong No) Masks(ReadOnlySpan<byte> votes)
    {
        if (votes.Length == 64 && Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.Create(votes[..32]);
            var high = Vector256.Create(votes[32..]);
            static ulong Mask(Vector256<byte> low, Vector256<byte> high, byte code) =>
                Vector256.Equals(low, Vector256.Create(code)).ExtractMostSignificantBits()
                | ((ulong)Vector256.Equals(high, Vector256.Create(code)).ExtractMostSignificantBits() << 32);
            return (Mask(low, high, 1), Mask(low, high, 2), Mask(low, high, 3));
        }
        ulong yes = 0, abstain = 0, no = 0;
        for (var i = 0; i < votes.Length; i++)
        {
            switch (votes[i])
            {
                case 1: yes |= 1UL << i; break;
                case 2: abstain |= 1UL << i; break;
                case 3: no |= 1UL << i; break;
            }
        }
        return (yes, abstain, no);
    }

    // ORs a 64-bit mask into the words starting at bit position `at` (it may straddle two words).
    private static void Place(Span<ulong> words, int at, ulong mask)
    {
        if (mask == 0) return;
        var (word, shift) = (at >> 6, at & 63);
        words[word] |= mask << shift;
        if (shift != 0 && (mask >> (64 - shift)) != 0) words[word + 1] |= mask >> (64 - shift);
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

    /// <summary>Where <see cref="Measures"/> writes each measure, in <see cref="MeasureLabels.Every"/> order.</summary>
    public const int MeasureCount = 7;

    /// <summary>
    /// All seven measures of a pair at once, straight from the nine AND-and-popcount cells without building a
    /// <see cref="PairTable"/>. Writes them into <paramref name="values"/> in <see cref="MeasureLabels.Every"/>
    /// order with the same arithmetic as <see cref="Agreement"/> (so the same doubles, NaN where undefined) and
    /// returns the roll calls both cast a vote on (0: nothing written).
    /// </summary>
    public int Measures(int a, int b, Span<double> values)
    {
        var w = Words;
        if ((uint)a >= (uint)States || (uint)b >= (uint)States) throw new ArgumentOutOfRangeException(nameof(a), $"States {a} and {b}: expected 0 to {States - 1}.");
        if (values.Length < MeasureCount) throw new ArgumentException($"Room for {values.Length} measures, expected {MeasureCount}.", nameof(values));
        // Indices are checked above, so the sweeps read through references without per-word bounds checks.
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bits), a * PairTable.Options * w);
        ref var y = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bits), b * PairTable.Options * w);
        int t00 = 0, t01 = 0, t02 = 0, t10 = 0, t11 = 0, t12 = 0, t20 = 0, t21 = 0, t22 = 0;
        for (var k = 0; k < w; k++)
        {
            ulong a0 = Unsafe.Add(ref x, k), a1 = Unsafe.Add(ref x, w + k), a2 = Unsafe.Add(ref x, 2 * w + k);
            ulong b0 = Unsafe.Add(ref y, k), b1 = Unsafe.Add(ref y, w + k), b2 = Unsafe.Add(ref y, 2 * w + k);
            t00 += BitOperations.PopCount(a0 & b0);
            t01 += BitOperations.PopCount(a0 & b1);
            t02 += BitOperations.PopCount(a0 & b2);
            t10 += BitOperations.PopCount(a1 & b0);
            t11 += BitOperations.PopCount(a1 & b1);
            t12 += BitOperations.PopCount(a1 & b2);
            t20 += BitOperations.PopCount(a2 & b0);
            t21 += BitOperations.PopCount(a2 & b1);
            t22 += BitOperations.PopCount(a2 & b2);
        }
        var n = t00 + t01 + t02 + t10 + t11 + t12 + t20 + t21 + t22;
        if (n == 0) return 0;
        MeasuresFromCells(t00, t01, t02, t10, t11, t12, t20, t21, t22, values);
        return n;
    }

    /// <summary>
    /// The seven measures of a nine-cell table (n &gt; 0), term by term as <see cref="Agreement"/> computes
    /// them, in integer sums, so the doubles are equal and not merely close.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void MeasuresFromCells(int t00, int t01, int t02, int t10, int t11, int t12, int t20, int t21, int t22, Span<double> values)
    {
        // Counts stay below 2^30 (a period has far fewer roll calls), so n, 2n and the sums fit an int;
        // products of counts are taken in long or in double, where they are exact below 2^53.
        var n = t00 + t01 + t02 + t10 + t11 + t12 + t20 + t21 + t22;
        var same = t00 + t11 + t22;
        var opposite = t02 + t20;
        var steps = t01 + t10 + t12 + t21 + 2 * opposite;
        var sameYesNo = t00 + t22;
        long r0 = t00 + t01 + t02, r1 = t10 + t11 + t12, r2 = t20 + t21 + t22;
        long c0 = t00 + t10 + t20, c1 = t01 + t11 + t21, c2 = t02 + t12 + t22;
        // Σ_k Σ_l r_k c_l |k − l| (kappa's expected distance) and Scott's pooled one: integer sums, so grouping
        // them differently from Agreement gives the same values.
        var expectedKappa = r0 * (c1 + 2 * c2) + r1 * (c0 + c2) + r2 * (2 * c0 + c1);
        long yes = r0 + c0, abstain = r1 + c1, no = r2 + c2;
        var expectedPi = yes * abstain + no * (abstain + 2 * yes);
        // Seven quotients in two vector divisions: IEEE division is rounded lane by lane, so each lane is the
        // double Agreement's scalar division gives. A zero denominator gives NaN or ±∞ in its lane and is
        // replaced by NaN below, as Agreement returns NaN there. The State Department's current coincidence,
        // (2·same + partial) / 2n, has Voeten's numerator exactly (2·same + partial = 2n − partial − 2·opposite
        // = 2n − steps), so lanes 1 and 3 are the same division.
        var shares = Doubles(Vector128.Create(same, 2 * n - steps, sameYesNo, 2 * n - steps))
            / Doubles(Vector128.Create(n, 2 * n, sameYesNo + opposite, 2 * n));
        var chance = Vector256.Create((double)(n - steps), (double)n * steps, 2.0 * n * steps, 0)
            / Vector256.Create((double)n, expectedKappa, expectedPi, 1);
        shares.CopyTo(values);
        if (sameYesNo + opposite == 0) values[2] = double.NaN;
        values[4] = chance.GetElement(0);
        values[5] = expectedKappa == 0 ? double.NaN : 1.0 - chance.GetElement(1);
        values[6] = expectedPi == 0 ? double.NaN : 1.0 - chance.GetElement(2);
    }

    private static Vector256<double> Doubles(Vector128<int> ints) => Avx.IsSupported
        ? Avx.ConvertToVector256Double(ints)
        : Vector256.Create((double)ints.GetElement(0), ints.GetElement(1), ints.GetElement(2), ints.GetElement(3));

    /// <summary>The states that cast any vote in the period, in matrix order: the only ones a dyad can have.</summary>
    public int[] VotedStates()
    {
        var voted = new List<int>(States);
        for (var s = 0; s < States; s++)
            if (Voted(s)) voted.Add(s);
        return [.. voted];
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
