using DuckDB.NET.Data;
using Multivector.Sources;
using Multivector.Store;
using Multivector.Tests.Sources;

namespace Multivector.Tests.Store;

/// <summary>
/// Writers work on a copy and publish it by rename: readers never see a write half done, a second writer is
/// told who holds the store, and stores damaged by older versions are recognised rather than answered from.
/// </summary>
public sealed class StoreFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_reader_keeps_the_store_it_opened_while_a_writer_imports_and_a_new_reader_sees_the_import()
    {
        var path = StoreFiles.CopyOfBundled(_folder);
        var before = MultivectorStore.Open(path, readOnly: true);
        var held = before.Summary().RollCalls;

        using (var writer = MultivectorStore.Open(path))
        {
            writer.Import(ImportFormat.Undl, BadFiles.Fixture("undl", "ga-voting-sample.csv"));
        }

        Assert.Equal(held, before.Summary().RollCalls);
        // DuckDB.NET shares one database instance per path within a process, so the old reader must close
        // before a new open of the same path sees the new file (another process sees it at once).
        before.Dispose();
        using var after = MultivectorStore.Open(path, readOnly: true);
        Assert.Equal(held + 3, after.Summary().RollCalls);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp*"));
    }

    [Fact]
    public void A_second_writer_is_told_who_holds_the_store_and_a_reader_still_works()
    {
        var path = StoreFiles.CopyOfEmpty(_folder);
        using var first = MultivectorStore.Open(path);

        var e = Assert.Throws<MultivectorException>(() => MultivectorStore.Open(path));

        Assert.Equal(ErrorKind.Busy, e.Kind);
        Assert.Contains($"is being changed by an import (process {Environment.ProcessId}", e.Message, StringComparison.Ordinal);
        Assert.Contains("reading commands work meanwhile", e.Message, StringComparison.Ordinal);
        using var reader = MultivectorStore.Open(path, readOnly: true);
        Assert.Equal(0, reader.Summary().RollCalls);
    }

    [Fact]
    public void A_half_built_store_from_an_older_version_is_refused_for_reading_and_rebuilt_for_writing()
    {
        var path = StoreFiles.CopyOfEmpty(_folder);
        using (var old = MultivectorStore.Open(path))
        {
            // What an interrupted in-place first build left: tables and states, meant to be filled, no roll calls.
            using (var command = old.Db.CommandText("UPDATE meta SET value = 'no' WHERE key = 'created_empty'")) command.ExecuteNonQuery();
            old.Db.Publish();
        }

        var e = Assert.Throws<MultivectorException>(() => MultivectorStore.Open(path, readOnly: true));
        Assert.Contains("half-built", e.Message, StringComparison.Ordinal);

        using (MultivectorStore.Open(path))
        {
        }
        using var rebuilt = MultivectorStore.Open(path, readOnly: true);
        Assert.Equal(6_674, rebuilt.Summary().RollCalls);
        Assert.Equal(956_555, rebuilt.Summary().Votes);
        Assert.False(rebuilt.Check().Damaged);
    }

    [Fact]
    public void Check_finds_orphan_and_doubled_votes_and_repair_removes_them_without_touching_roll_calls()
    {
        var path = StoreFiles.CopyOfBundled(_folder);
        using var store = MultivectorStore.Open(path);
        var clean = StoreFingerprint.Of(store);
        using (var command = store.Db.CommandText("""
            INSERT INTO votes VALUES (99999, 'KAZ', 1), (99999, 'USA', 3);
            INSERT INTO votes SELECT * FROM votes WHERE rcid = 5309;
            """))
        {
            command.ExecuteNonQuery();
        }

        var check = store.Check();
        Assert.True(check.Damaged);
        Assert.Equal(2, check.Items.Single(i => i.Name == "orphan-votes").Count);
        Assert.Equal("99999", check.Items.Single(i => i.Name == "orphan-votes").Examples);
        Assert.True(check.Items.Single(i => i.Name == "duplicate-votes").Count > 100);
        Assert.Equal(1, check.Items.Single(i => i.Name == "import-counts").Count);

        var repaired = store.Repair();

        Assert.False(repaired.Damaged);
        Assert.Equal(clean, StoreFingerprint.Of(store));
    }

    [Fact]
    public void A_duckdb_file_that_is_not_a_store_is_refused()
    {
        var path = Path.Combine(_folder, "other.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x INTEGER)";
            command.ExecuteNonQuery();
        }

        Assert.Contains("not a Multivector store", Assert.Throws<MultivectorException>(() => MultivectorStore.Open(path, readOnly: true)).Message, StringComparison.Ordinal);
        Assert.Contains("not a Multivector store", Assert.Throws<MultivectorException>(() => MultivectorStore.Open(path)).Message, StringComparison.Ordinal);
    }
}
