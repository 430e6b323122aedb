using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Multivector.Model;

namespace Multivector.Votes;

/// <summary>
/// The 3×3 table of two states' joint votes: rows are state A's yes, abstain and no, columns are state B's.
/// Only roll calls on which both states cast yes, abstain or no are counted; a roll call on which either
/// side is absent or not a member is left out. Every agreement measure is a function of this table alone,
/// which is what lets the bootstrap resample cells instead of roll calls.
/// </summary>
internal readonly struct PairTable : IEquatable<PairTable>
{
    // Rows and columns in scale order: yes, abstain, no. The distance between options i and j is |i − j| steps.
    internal const int Options = 3;
    internal const int CellCount = Options * Options;

    private readonly Cells _cells;

    public int N { get; }

    private PairTable(ReadOnlySpan<int> counts)
    {
        var n = 0;
        for (var i = 0; i < CellCount; i++)
        {
            if (counts[i] < 0) throw new ArgumentException($"Cell {i} has a negative count ({counts[i]}).", nameof(counts));
            _cells[i] = counts[i];
            n = checked(n + counts[i]);
        }
        N = n;
    }

    /// <summary>Cells in row-major order: (yes, yes), (yes, abstain), (yes, no), (abstain, yes), …, (no, no).</summary>
    public static PairTable FromCounts(ReadOnlySpan<int> nineCellsRowMajor)
    {
        if (nineCellsRowMajor.Length != CellCount)
            throw new ArgumentException($"A pair table has {CellCount} cells, not {nineCellsRowMajor.Length}.", nameof(nineCellsRowMajor));
        return new PairTable(nineCellsRowMajor);
    }

    public static PairTable Count(ReadOnlySpan<Vote> a, ReadOnlySpan<Vote> b) =>
        Count(MemoryMarshal.AsBytes(a), MemoryMarshal.AsBytes(b));

    /// <summary>
    /// Counts over raw vote codes (1 yes, 2 abstain, 3 no; anything else is not a cast vote), so a store can
    /// hand over its byte columns without converting them.
    /// </summary>
    internal static PairTable Count(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"The two vote records cover different roll calls: {a.Length} and {b.Length} votes.", nameof(b));
        Span<int> counts = stackalloc int[CellCount];
        var done = Vector256.IsHardwareAccelerated ? CountVectorized(a, b, counts) : 0;
        CountScalar(a[done..], b[done..], counts);
        return new PairTable(counts);
    }

    /// <summary>The plain loop; the vectorized count is tested against it.</summary>
    internal static PairTable CountScalar(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"The two vote records cover different roll calls: {a.Length} and {b.Length} votes.", nameof(b));
        Span<int> counts = stackalloc int[CellCount];
        CountScalar(a, b, counts);
        return new PairTable(counts);
    }

    private static void CountScalar(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<int> counts)
    {
        for (var i = 0; i < a.Length; i++)
        {
            // Codes 1–3 map to 0–2; every other byte, 0 included, wraps to a large unsigned value.
            var row = a[i] - 1u;
            var column = b[i] - 1u;
            if (row < Options && column < Options) counts[(int)(row * Options + column)]++;
        }
    }

    // Thirty-two roll calls at a time: one equality mask per option and side, then the nine joint counts are
    // pop-counts of the masks' intersections. A typical session (60–100 roll calls) takes two to four steps.
    private static int CountVectorized(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<int> counts)
    {
        var yes = Vector256.Create((byte)Vote.Yes);
        var abstain = Vector256.Create((byte)Vote.Abstain);
        var no = Vector256.Create((byte)Vote.No);
        int yy = 0, ya = 0, yn = 0, ay = 0, aa = 0, an = 0, ny = 0, na = 0, nn = 0;
        var i = 0;
        for (; i <= a.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
        {
            var va = Vector256.Create(a.Slice(i, Vector256<byte>.Count));
            var vb = Vector256.Create(b.Slice(i, Vector256<byte>.Count));
            var aYes = Vector256.Equals(va, yes).ExtractMostSignificantBits();
            var aAbstain = Vector256.Equals(va, abstain).ExtractMostSignificantBits();
            var aNo = Vector256.Equals(va, no).ExtractMostSignificantBits();
            var bYes = Vector256.Equals(vb, yes).ExtractMostSignificantBits();
            var bAbstain = Vector256.Equals(vb, abstain).ExtractMostSignificantBits();
            var bNo = Vector256.Equals(vb, no).ExtractMostSignificantBits();
            yy += BitOperations.PopCount(aYes & bYes);
            ya += BitOperations.PopCount(aYes & bAbstain);
            yn += BitOperations.PopCount(aYes & bNo);
            ay += BitOperations.PopCount(aAbstain & bYes);
            aa += BitOperations.PopCount(aAbstain & bAbstain);
            an += BitOperations.PopCount(aAbstain & bNo);
            ny += BitOperations.PopCount(aNo & bYes);
            na += BitOperations.PopCount(aNo & bAbstain);
            nn += BitOperations.PopCount(aNo & bNo);
        }
        counts[0] += yy; counts[1] += ya; counts[2] += yn;
        counts[3] += ay; counts[4] += aa; counts[5] += an;
        counts[6] += ny; counts[7] += na; counts[8] += nn;
        return i;
    }

    public int this[Vote a, Vote b] => _cells[Index(a, nameof(a)) * Options + Index(b, nameof(b))];

    /// <summary>Rows and columns are 0 yes, 1 abstain, 2 no.</summary>
    internal int Cell(int row, int column) => _cells[row * Options + column];

    internal int RowTotal(int row) => _cells[row * Options] + _cells[row * Options + 1] + _cells[row * Options + 2];

    internal int ColumnTotal(int column) => _cells[column] + _cells[Options + column] + _cells[2 * Options + column];

    /// <summary>The same roll calls seen from state B's side.</summary>
    internal PairTable Transpose()
    {
        Span<int> counts = stackalloc int[CellCount];
        for (var row = 0; row < Options; row++)
            for (var column = 0; column < Options; column++)
                counts[column * Options + row] = Cell(row, column);
        return new PairTable(counts);
    }

    private static int Index(Vote vote, string parameter) => vote switch
    {
        Vote.Yes => 0,
        Vote.Abstain => 1,
        Vote.No => 2,
        _ => throw new ArgumentOutOfRangeException(parameter, vote, "A pair table counts only yes, abstain and no."),
    };

    public bool Equals(PairTable other)
    {
        for (var i = 0; i < CellCount; i++)
            if (_cells[i] != other._cells[i]) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is PairTable other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < CellCount; i++) hash.Add(_cells[i]);
        return hash.ToHashCode();
    }

    public static bool operator ==(PairTable left, PairTable right) => left.Equals(right);

    public static bool operator !=(PairTable left, PairTable right) => !left.Equals(right);

    public override string ToString() =>
        $"[{Cell(0, 0)} {Cell(0, 1)} {Cell(0, 2)}; {Cell(1, 0)} {Cell(1, 1)} {Cell(1, 2)}; {Cell(2, 0)} {Cell(2, 1)} {Cell(2, 2)}] (n = {N})";

    [InlineArray(CellCount)]
    private struct Cells
    {
        private int _element;
    }
}
