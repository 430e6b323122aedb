using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DuckDB.NET.Data;
using Multivector.Votes;

namespace Multivector.Bench;

/// <summary>
/// All seven measures for every pair of states in every session of the bundled history: the C# pair
/// tables over the in-memory <see cref="VoteMatrix"/>, against one DuckDB query over the store's tables
/// (Sql/DyadMeasures.sql). Building the store and loading the matrix are untimed.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: the global cleanup disposes what the global setup opens.")]
public class DyadBenchmarks
{
    private Scratch? _scratch;
    private MultivectorStore? _store;
    private VoteMatrix? _matrix;
    private IReadOnlyList<Period> _sessions = [];

    [GlobalSetup]
    public void BuildStore()
    {
        _scratch = new Scratch();
        _store = MultivectorStore.Open(_scratch.File("store.duckdb"));
        _matrix = _store.Matrix();
        _sessions = _matrix.Periods(PeriodKind.Session);
        using var view = BenchSql.Command(_store.Db.Connection, "DyadMeasures");
        view.ExecuteNonQuery();
    }

    [Benchmark]
    public DyadTotals CSharpSerial() => Dyads.Compute(_matrix!, _sessions, parallel: false);

    [Benchmark]
    public DyadTotals CSharpParallel() => Dyads.Compute(_matrix!, _sessions, parallel: true);

    [Benchmark(Baseline = true)]
    public DyadTotals DuckDbSql() => SqlTotals(_store!.Db.Connection);

    internal static DyadTotals SqlTotals(DuckDBConnection connection)
    {
        using var command = BenchSql.Command(connection, "DyadTotals");
        using var reader = command.ExecuteReader();
        reader.Read();
        var sums = new double[7];
        for (var m = 0; m < sums.Length; m++) sums[m] = reader.GetDouble(m + 1);
        return new DyadTotals(reader.GetInt64(0), sums);
    }

    [GlobalCleanup]
    public void CloseStore()
    {
        _store?.Dispose();
        _store = null;
        _scratch?.Dispose();
        _scratch = null;
    }
}
