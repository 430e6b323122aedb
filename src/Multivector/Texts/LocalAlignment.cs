namespace Multivector.Texts;

/// <summary>The best local alignment of two word sequences: token index ranges [start, end) on each side.</summary>
internal readonly record struct LocalMatch(int Score, int AStart, int AEnd, int BStart, int BEnd);

/// <summary>
/// Smith–Waterman local alignment over words (Smith and Waterman 1981, J. Mol. Biol. 147:195–197): match +2,
/// mismatch −1, gap −1, with a linear gap penalty. Near-verbatim reuse survives inserted or changed words,
/// which exact n-gram matching does not.
/// </summary>
internal static class LocalAlignment
{
    public const int Match = 2;
    private const int Mismatch = -1;
    private const int Gap = -1;

    public static LocalMatch Align(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0) return default;
        var width = b.Length + 1;
        var size = (a.Length + 1) * width;
        // Rented, because whole-document alignments would otherwise allocate on the large-object heap per call.
        var rented = System.Buffers.ArrayPool<int>.Shared.Rent(size);
        try
        {
            var h = rented.AsSpan(0, size);
            h.Clear();
            return Fill(a, b, h, width);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static LocalMatch Fill(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<int> h, int width)
    {
        int best = 0, bi = 0, bj = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var diagonal = h[(i - 1) * width + j - 1] + (a[i - 1] == b[j - 1] ? Match : Mismatch);
                var up = h[(i - 1) * width + j] + Gap;
                var left = h[i * width + j - 1] + Gap;
                var v = Math.Max(0, Math.Max(diagonal, Math.Max(up, left)));
                h[i * width + j] = v;
                if (v > best) (best, bi, bj) = (v, i, j);
            }
        }
        // Trace back to where the alignment starts.
        int x = bi, y = bj;
        while (x > 0 && y > 0 && h[x * width + y] > 0)
        {
            var v = h[x * width + y];
            if (v == h[(x - 1) * width + y - 1] + (a[x - 1] == b[y - 1] ? Match : Mismatch)) { x--; y--; }
            else if (v == h[(x - 1) * width + y] + Gap) x--;
            else y--;
        }
        return new LocalMatch(best, x, bi, y, bj);
    }

    /// <summary>
    /// Alignment score scaled to [0, 1]: 2·score / (Match·(|a| + |b|)). Identical sequences score 1; a clause
    /// wholly contained in one twice its length scores about 0.67.
    /// </summary>
    public static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) =>
        a.Length + b.Length == 0 ? 0 : 2.0 * Score(a, b) / (Match * (a.Length + b.Length));

    /// <summary>
    /// The score of <see cref="Align"/> without the traceback, so two rows suffice instead of the whole matrix:
    /// reuse verification calls this thousands of times and clearing a full matrix each time dominated it.
    /// </summary>
    public static int Score(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var width = b.Length + 1;
        var rented = System.Buffers.ArrayPool<int>.Shared.Rent(2 * width);
        try
        {
            var previous = rented.AsSpan(0, width);
            var current = rented.AsSpan(width, width);
            previous.Clear();
            current[0] = 0;
            var best = 0;
            for (var i = 1; i <= a.Length; i++)
            {
                var ai = a[i - 1];
                for (var j = 1; j <= b.Length; j++)
                {
                    var diagonal = previous[j - 1] + (ai == b[j - 1] ? Match : Mismatch);
                    var up = previous[j] + Gap;
                    var left = current[j - 1] + Gap;
                    var v = Math.Max(0, Math.Max(diagonal, Math.Max(up, left)));
                    current[j] = v;
                    if (v > best) best = v;
                }
                var swap = previous;
                previous = current;
                current = swap;
            }
            return best;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }
}
