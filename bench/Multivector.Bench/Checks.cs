using System.Diagnostics;
using DuckDB.NET.Data;
using Multivector.Sources;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector.Bench;

/// <summary>Untimed companions to the benchmarks: the C#-versus-SQL check, and a stage breakdown of import.</summary>
internal static class Checks
{
    private const double Tolerance = 1e-9;

    /// <summary>Every dyad-session from C# and from SQL: same set, same n, same measures within 1e-9.</summary>
    public static int VerifyDyads(TextWriter output)
    {
        using var scratch = new Scratch();
        using var store = MultivectorStore.Open(scratch.File("store.duckdb"));
        var matrix = store.Matrix();
        var sessions = matrix.Periods(PeriodKind.Session);
        var csharp = Dyads.Rows(matrix, sessions);

        var connection = store.Db.Connection;
        using (var view = BenchSql.Command(connection, "DyadMeasures")) view.ExecuteNonQuery();
        var sql = new Dictionary<(int, string, string), (long N, double[] Values)>();
        using (var command = BenchSql.Command(connection, "DyadRows"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var values = new double[7];
                for (var m = 0; m < values.Length; m++) values[m] = reader.IsDBNull(4 + m) ? double.NaN : reader.GetDouble(4 + m);
                sql[(reader.GetInt32(0), reader.GetString(1), reader.GetString(2))] = (reader.GetInt64(3), values);
            }
        }

        var mismatches = 0;
        var worst = 0.0;
        foreach (var row in csharp)
        {
            if (!sql.TryGetValue((row.Session, row.StateA, row.StateB), out var other) || other.N != row.N)
            {
                mismatches++;
                continue;
            }
            for (var m = 0; m < row.Values.Length; m++)
            {
                var (x, y) = (row.Values[m], other.Values[m]);
                if (double.IsNaN(x) != double.IsNaN(y)) { mismatches++; continue; }
                if (double.IsNaN(x)) continue;
                worst = Math.Max(worst, Math.Abs(x - y));
                if (Math.Abs(x - y) > Tolerance) mismatches++;
            }
        }
        output.WriteLine($"dyad-sessions: C# {csharp.Count:N0}, SQL {sql.Count:N0} ({(csharp.Count == sql.Count ? "same" : "DIFFERENT")})");
        output.WriteLine($"compared every dyad-session on n and all 7 measures: {mismatches} mismatches, largest difference {worst:E2} (tolerance {Tolerance:E0})");
        output.WriteLine("sampled dyad-sessions (every 200,000th; values identical, voeten, sd-votes, sd-current, s, kappa, pi):");
        for (var i = 0; i < csharp.Count; i += 200_000)
        {
            var row = csharp[i];
            var other = sql[(row.Session, row.StateA, row.StateB)];
            output.WriteLine($"  session {row.Session} {row.StateA}-{row.StateB} n={row.N}");
            output.WriteLine($"    C#  {string.Join(" ", row.Values.Select(Show))}");
            output.WriteLine($"    SQL {string.Join(" ", other.Values.Select(Show))}");
        }
        var ok = mismatches == 0 && csharp.Count == sql.Count;
        output.WriteLine(ok ? "RESULT: C# and SQL agree." : "RESULT: C# and SQL DISAGREE.");
        return ok ? 0 : 1;
    }

    private static string Show(double value) => double.IsNaN(value) ? "NaN" : value.ToString("F12");

    /// <summary>Where the import's time goes: reading and checking the CSVs, then storing the batch.</summary>
    public static int ProfileImport(TextWriter output)
    {
        for (var run = 1; run <= 3; run++)
        {
            using var scratch = new Scratch();
            using var store = MultivectorStore.Open(scratch.File("store.duckdb"), empty: true);
            var clock = Stopwatch.StartNew();
            var batch = UnvotesReader.Read(Bundle.Unvotes, store.States);
            var read = clock.Elapsed;
            clock.Restart();
            Ingest.Apply(store.Db, batch, Bundle.UnvotesVersion);
            var stored = clock.Elapsed;

            using var peer = new DuckDBConnection($"Data Source={scratch.File("peer.duckdb")}");
            peer.Open();
            clock.Restart();
            using (var command = BenchSql.Command(peer, "PeerImport",
                ("votes", Path.Combine(Bundle.Unvotes, "un_votes.csv.gz")),
                ("roll_calls", Path.Combine(Bundle.Unvotes, "un_roll_calls.csv.gz")),
                ("issues", Path.Combine(Bundle.Unvotes, "un_roll_call_issues.csv.gz"))))
            {
                command.ExecuteNonQuery();
            }
            var peerTime = clock.Elapsed;
            output.WriteLine($"run {run}: read+check CSVs {read.TotalMilliseconds:F0} ms, store (stage+plan+apply) {stored.TotalMilliseconds:F0} ms, "
                + $"total {(read + stored).TotalMilliseconds:F0} ms; DuckDB read_csv {peerTime.TotalMilliseconds:F0} ms");
        }
        return 0;
    }

    /// <summary>
    /// One import as the first work of a fresh process (JIT, DuckDB's start and all): ours into an empty store,
    /// or DuckDB's read_csv of the same three files into an empty database. Prints the import's milliseconds.
    /// </summary>
    public static int ImportOnce(string side, TextWriter output)
    {
        using var scratch = new Scratch();
        if (side == "ours")
        {
            using var store = MultivectorStore.Open(scratch.File("store.duckdb"), empty: true);
            var clock = Stopwatch.StartNew();
            var batch = UnvotesReader.Read(Bundle.Unvotes, store.States);
            var read = clock.Elapsed;
            Ingest.Apply(store.Db, batch, Bundle.UnvotesVersion);
            output.WriteLine($"import {clock.Elapsed.TotalMilliseconds:F0} read {read.TotalMilliseconds:F0}");
            return 0;
        }
        if (side != "duckdb") throw new ArgumentException($"'{side}': expected ours or duckdb.", nameof(side));
        using var peer = new DuckDBConnection($"Data Source={scratch.File("peer.duckdb")}");
        peer.Open();
        var start = Stopwatch.StartNew();
        using (var command = BenchSql.Command(peer, "PeerImport",
            ("votes", Path.Combine(Bundle.Unvotes, "un_votes.csv.gz")),
            ("roll_calls", Path.Combine(Bundle.Unvotes, "un_roll_calls.csv.gz")),
            ("issues", Path.Combine(Bundle.Unvotes, "un_roll_call_issues.csv.gz"))))
        {
            command.ExecuteNonQuery();
        }
        output.WriteLine($"import {start.Elapsed.TotalMilliseconds:F0}");
        return 0;
    }
}
