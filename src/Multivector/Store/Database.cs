using System.Data.Common;
using System.Text.Json.Serialization;
using Multivector.Model;
using DuckDB.NET.Data;

namespace Multivector.Store;

/// <summary>
/// A DuckDB connection with the few conveniences the store needs: named SQL files and parameters. A writable
/// file store works on a private copy and publishes it with <see cref="Publish"/> (see <see cref="StoreFile"/>);
/// nothing reaches the store file before that.
/// </summary>
/// <remarks>
/// Threads: a read-only file store gives each thread its own connection (DuckDB.NET shares one database
/// instance among a process's connections to a file, and a connection is not safe across threads), so many
/// threads may read at once. A writable or in-memory store has one connection and serves one thread at a time.
/// </remarks>
internal sealed class Database : IDisposable
{
    private readonly WriterLock? _lock;
    private DuckDBConnection? _connection;
    private ThreadLocal<DuckDBConnection>? _readers;
    private string? _working;

    public bool ReadOnly { get; }
    public string Path { get; }

    /// <summary>True when the store file did not exist, or held a half-built store, and this writer builds it anew.</summary>
    public bool Fresh { get; private set; }

    private Database(string path, bool readOnly, WriterLock? writerLock) => (Path, ReadOnly, _lock) = (path, readOnly, writerLock);

    /// <summary>
    /// The open connection. For a writer whose last work was published, the next use opens a new private copy
    /// of the store.
    /// </summary>
    public DuckDBConnection Connection => _readers?.Value ?? (_connection ??= OpenWorkingCopy(fresh: false));

    public static Database Open(string path, bool readOnly, string activity = "import")
    {
        if (path == ":memory:")
        {
            var memory = new Database(path, readOnly, null);
            memory._connection = Connect(":memory:", readOnly, path);
            memory.Fresh = true;
            return memory;
        }
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new MultivectorException($"The store path '{path}' is not a usable path: {e.Message}", ErrorKind.BadRequest, e);
        }
        StoreFile.CheckExisting(full);
        if (readOnly)
        {
            if (!File.Exists(full)) throw new MultivectorException($"There is no store at {full}. Open it for writing once to build it from the bundled data.", ErrorKind.NotFound);
            var reader = new Database(full, true, null) { _readers = new ThreadLocal<DuckDBConnection>(() => Connect(full, true, full), trackAllValues: true) };
            try
            {
                // The first connection opens here, so a damaged or locked file fails the open, not a later read.
                _ = reader._readers.Value;
                return reader;
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        var folder = System.IO.Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MultivectorException($"The folder {folder} for the store cannot be created: {e.Message}", ErrorKind.BadRequest, e);
        }
        var writerLock = WriterLock.Acquire(full, activity);
        var db = new Database(full, false, writerLock);
        try
        {
            StoreFile.DeleteStrays(full);
            if (File.Exists(full + ".wal")) MergeLeftoverWal(full);
            db._connection = db.OpenWorkingCopy(fresh: !File.Exists(full));
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Drops the working copy and starts again from an empty file, for a half-built store that is rebuilt
    /// instead of being written on top of.
    /// </summary>
    public void StartAfresh()
    {
        CloseWorkingCopy();
        _connection = OpenWorkingCopy(fresh: true);
    }

    /// <summary>
    /// Makes everything committed so far the store: checkpoint and close the working copy, then rename it over
    /// the store file. A crash before the rename leaves the old store; after it, the new one.
    /// </summary>
    public void Publish()
    {
        if (_lock is null || _connection is null) return;
        Faults.At("before-checkpoint");
        using (var checkpoint = _connection.CreateCommand())
        {
            checkpoint.CommandText = "CHECKPOINT";
            checkpoint.ExecuteNonQuery();
        }
        _connection.Dispose();
        _connection = null;
        StoreFile.Publish(_working!, Path);
        _working = null;
        Fresh = false;
    }

    private DuckDBConnection OpenWorkingCopy(bool fresh)
    {
        ObjectDisposedException.ThrowIf(_lock is null, this);
        _working = StoreFile.TemporaryPath(Path);
        if (!fresh) File.Copy(Path, _working);
        Fresh = fresh;
        Faults.At("copied");
        return Connect(_working, false, Path);
    }

    private void CloseWorkingCopy()
    {
        _connection?.Dispose();
        _connection = null;
        if (_working is null) return;
        foreach (var file in new[] { _working, _working + ".wal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A stray copy is deleted by the next writer.
            }
        }
        _working = null;
    }

    /// <summary>
    /// A store written in place by an older Multivector that died keeps its last commits in &lt;store&gt;.wal.
    /// Opening it once in place lets DuckDB replay and checkpoint them, so the copy starts from all of it.
    /// </summary>
    private static void MergeLeftoverWal(string path)
    {
        using var connection = Connect(path, false, path);
    }

    private static DuckDBConnection Connect(string file, bool readOnly, string storePath)
    {
        var connection = new DuckDBConnection(readOnly ? $"Data Source={file};ACCESS_MODE=READ_ONLY" : $"Data Source={file}");
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            if (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
            {
                throw new MultivectorException(
                    $"The store {storePath} is held open for writing by another program (not a Multivector import, which works on a copy). Close that program's connection, or open it read-only there.",
                    ErrorKind.Busy, e);
            }
            throw new MultivectorException($"The store {storePath} could not be opened: it is damaged or not a DuckDB store ({FirstLine(e.Message)}). Delete it to build a new one.", ErrorKind.BadInput, e);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    public DbCommand Command(string sqlFile, params (string Name, object? Value)[] parameters) =>
        CommandText(Sql.Get(sqlFile), parameters);

    public DbCommand CommandText(string text, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    public int Execute(string sqlFile, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sqlFile, parameters);
        return command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sqlFile, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sqlFile, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        if (_readers is not null)
        {
            foreach (var connection in _readers.Values) connection.Dispose();
            _readers.Dispose();
            _readers = null;
        }
        CloseWorkingCopy();
        _lock?.Dispose();
    }
}
