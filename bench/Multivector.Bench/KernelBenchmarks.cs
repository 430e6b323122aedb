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

    [GlobalSetup]
    public void Load()
    {
        _scratch = new Scratch();
        _store = MultivectorStore.Open(_scratch.File("store.duckdb"));
        _matrix = _store.Matrix();
        _sessions = _matrix.Periods(PeriodKind.Session);
        _packed = [.. _sessions.Select(p => BitVotes.Pack(_matrix, p))];
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
        var n = _matrix!.States.Count;
        foreach (var bits in _packed)
            for (var a = 0; a < n; a++)
                for (var b = a + 1; b < n; b++)
                {
                    var v = bits.Identical(a, b, out var both);
                    if (both > 0) sum += v;
                }
        return sum;
    }

    [Benchmark]
    public double IdenticalBitsPackingIncluded() => Sum([.. _sessions.Select(p => BitVotes.Pack(_matrix!, p))], all: false);

    [Benchmark]
    public double AllSevenBits() => Sum(_packed, all: true);

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
