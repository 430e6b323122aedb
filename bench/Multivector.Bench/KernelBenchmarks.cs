using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Multivector.Reports;
using Multivector.Votes;

namespace Multivector.Bench;

/// <summary>
/// Issue 14's kernel targets, warm and on one thread: identical agreement, and all seven measures, for every
/// pair of states in every session of the bundled record, from the byte count (<see cref="PairTable"/>, the
/// baseline) and from the bit-packed tables (<see cref="BitVotes"/>), with and without the packing timed.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: the global cleanup disposes what the global setup opens.")]
public class KernelBenchmarks
{
    private Scratch? _scratch;
    private MultivectorStore? _store;
    private VoteMatrix? _matrix;
    private IReadOnlyList<Period> _sessions = [];
    private BitVotes[] _packed = [];
    private double[] _out = [];
    private int _firstHalfRows;

    [GlobalSetup]
    public void Load()
    {
        _scratch = new Scratch();
        _store = MultivectorStore.Open(_scratch.File("store.duckdb"));
        _matrix = _store.Matrix();
        _sessions = _matrix.Periods(PeriodKind.Session);
        _packed = [.. _sessions.Select(p => BitVotes.Pack(_matrix, p))];
        _out = new double[_sessions.Count * _matrix.States.Count * _matrix.States.Count / 2 * BitVotes.MeasureCount];
        for (var p = 0; p < _packed.Length / 2; p++) _firstHalfRows = AllSeven(_packed[p], _out, _firstHalfRows);
    }

    [Benchmark(Baseline = true)]
    public double IdenticalBytes()
    {
        var sum = 0.0;
        var n = _matrix!.States.Count;
        foreach (var period in _sessions)
            for (var a = 0; a < n; a++)
                for (var b = a + 1; b < n; b++)
                {
                    var t = AgreementAnalysis.Table(_matrix, a, b, period);
                    if (t.N > 0) sum += Agreement.Identical(t);
                }
        return sum;
    }

    [Benchmark]
    public double IdenticalBits() => Sum(_packed, all: false);

    [Benchmark]
    public double IdenticalBitsDirect()
    {
        var sum = 0.0;
        foreach (var bits in _packed)
        {
            var voted = bits.VotedStates();
            for (var i = 0; i < voted.Length; i++)
                for (var j = i + 1; j < voted.Length; j++)
                {
                    var v = bits.Identical(voted[i], voted[j], out var both);
                    if (both > 0) sum += v;
                }
        }
        return sum;
    }

    [Benchmark]
    public double IdenticalBitsPackingIncluded() => Sum([.. _sessions.Select(p => BitVotes.Pack(_matrix!, p))], all: false);

    [Benchmark]
    public double AllSevenBits() => Sum(_packed, all: true);

    [Benchmark]
    public double AllSevenBitsDirect()
    {
        var rows = 0;
        foreach (var bits in _packed) rows = AllSeven(bits, _out, rows);
        return Checksum(rows);
    }

    [Benchmark]
    public double AllSevenBitsDirectTwoThreads()
    {
        // Sessions split in two halves, each writing its own region of the output (its dyad count is known
        // from the serial run in the setup), as a parallel dyads table would.
        var half = _packed.Length / 2;
        var rows = new int[2];
        Parallel.Invoke(
            () => { var r = 0; for (var p = 0; p < half; p++) r = AllSeven(_packed[p], _out, r); rows[0] = r; },
            () => { var r = _firstHalfRows; for (var p = half; p < _packed.Length; p++) r = AllSeven(_packed[p], _out, r); rows[1] = r; });
        return Checksum(rows[1]);
    }

    // Every dyad of the session's voting states, its seven measures written to the next row of the output
    // (as the dyads table is filled), so every value is computed and stored.
    private static int AllSeven(BitVotes bits, double[] output, int row)
    {
        var voted = bits.VotedStates();
        for (var i = 0; i < voted.Length; i++)
            for (var j = i + 1; j < voted.Length; j++)
                if (bits.Measures(voted[i], voted[j], output.AsSpan(row * BitVotes.MeasureCount, BitVotes.MeasureCount)) > 0) row++;
        return row;
    }

    private double Checksum(int rows)
    {
        var sum = 0.0;
        for (var r = 0; r < rows; r += 997) sum += _out[r * BitVotes.MeasureCount] + _out[r * BitVotes.MeasureCount + 6];
        return sum + rows;
    }

    private double Sum(BitVotes[] packed, bool all)
    {
        var sum = 0.0;
        var n = _matrix!.States.Count;
        foreach (var bits in packed)
            for (var a = 0; a < n; a++)
                for (var b = a + 1; b < n; b++)
                {
                    var t = bits.Table(a, b);
                    if (t.N == 0) continue;
                    if (!all)
                    {
                        sum += Agreement.Identical(t);
                        continue;
                    }
                    foreach (var m in MeasureLabels.Every)
                    {
                        var v = Agreement.Compute(m, t);
                        if (double.IsFinite(v)) sum += v;
                    }
                }
        return sum;
    }

    [GlobalCleanup]
    public void Close()
    {
        _store?.Dispose();
        _scratch?.Dispose();
    }
}
