using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DuckDB.NET.Data;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector.Bench;

/// <summary>
/// Importing the bundled unvotes triple into a fresh store, against DuckDB reading the same three gzipped
/// files into plain tables. Each iteration gets a new database file; creating it (and, for Multivector,
/// seeding the reference tables) happens in the untimed iteration setup. Ten single-shot iterations, because
/// one import takes about a second and a shared machine makes any single one noisy.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: the iteration cleanups dispose what the setups open.")]
public class ImportBenchmarks
{
    private Scratch? _scratch;
    private MultivectorStore? _store;
    private DuckDBConnection? _peer;

    [IterationSetup(Target = nameof(MultivectorImport))]
    public void OpenEmptyStore()
    {
        _scratch = new Scratch();
        _store = MultivectorStore.Open(_scratch.File("store.duckdb"), empty: true);
    }

    [Benchmark]
    public ImportResult MultivectorImport() =>
        _store!.Import(ImportFormat.Unvotes, Bundle.Unvotes, Bundle.UnvotesVersion);

    [IterationCleanup(Target = nameof(MultivectorImport))]
    public void CloseStore()
    {
        _store?.Dispose();
        _scratch?.Dispose();
    }

    [IterationSetup(Target = nameof(DuckDbReadCsv))]
    public void OpenEmptyDatabase()
    {
        _scratch = new Scratch();
        _peer = new DuckDBConnection($"Data Source={_scratch.File("peer.duckdb")}");
        _peer.Open();
    }

    [Benchmark(Baseline = true)]
    public int DuckDbReadCsv()
    {
        using var command = BenchSql.Command(_peer!, "PeerImport",
            ("votes", Path.Combine(Bundle.Unvotes, "un_votes.csv.gz")),
            ("roll_calls", Path.Combine(Bundle.Unvotes, "un_roll_calls.csv.gz")),
            ("issues", Path.Combine(Bundle.Unvotes, "un_roll_call_issues.csv.gz")));
        return command.ExecuteNonQuery();
    }

    [IterationCleanup(Target = nameof(DuckDbReadCsv))]
    public void CloseDatabase()
    {
        _peer?.Dispose();
        _scratch?.Dispose();
    }
}
