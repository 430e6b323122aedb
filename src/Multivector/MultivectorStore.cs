using DuckDB.NET.Data;
using Multivector.Model;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector;

/// <summary>Progress of long work: which stage, and how far through it (0 to 1).</summary>
public readonly record struct StoreProgress(string Stage, double Fraction);

/// <summary>
/// The front door: open a store (built from the bundled data on first use), import more data, and ask for
/// reports. One process may hold a store for writing; others open it read-only.
/// </summary>
public sealed partial class MultivectorStore : IDisposable
{
    private readonly Database _db;
    private StateDirectory? _states;

    private MultivectorStore(Database db) => _db = db;

    public string Path => _db.Path;
    public bool ReadOnly => _db.ReadOnly;

    /// <summary>Where the CLI keeps its store unless told otherwise: MULTIVECTOR_STORE, else the user's data folder.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("MULTIVECTOR_STORE") is { Length: > 0 } path
            ? path
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "multivector", "multivector.duckdb");

    /// <summary>
    /// Opens the store at <paramref name="path"/> (":memory:" for a throwaway one). A new store is filled from
    /// the bundled data unless <paramref name="empty"/> is set; a read-only open of a missing file fails.
    /// </summary>
    public static MultivectorStore Open(string path, bool readOnly = false, bool empty = false, IProgress<StoreProgress>? progress = null)
    {
        if (path != ":memory:")
        {
            if (readOnly && !File.Exists(path)) throw new StoreException($"There is no store at {path}. Run any command without read-only first to build it from the bundled data.");
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (!readOnly && folder is not null) Directory.CreateDirectory(folder);
        }
        var db = Database.Open(path, readOnly);
        var store = new MultivectorStore(db);
        try
        {
            if (!readOnly) store.Initialise(empty, progress);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private void Initialise(bool empty, IProgress<StoreProgress>? progress)
    {
        using (var command = _db.CommandText(Sql.Get("Schema"))) command.ExecuteNonQuery();
        if (_db.Scalar<string?>("MetaGet", ("key", "schema")) is null)
        {
            var tables = ReferenceTables.Read(Bundle.Folder);
            Seed.ReferenceTables(_db, tables);
            _db.Execute("MetaSet", ("key", "schema"), ("value", "1"));
            // Remembered so that a store made empty on purpose is not filled the next time it is opened.
            _db.Execute("MetaSet", ("key", "created_empty"), ("value", empty ? "yes" : "no"));
        }
        SeedRegistry();
        // A store created to be filled but still without roll calls (its first import failed) is filled now.
        if (!empty && Summary().RollCalls == 0 && _db.Scalar<string?>("MetaGet", ("key", "created_empty")) != "yes")
        {
            Import(ImportFormat.Unvotes, Bundle.Unvotes, Bundle.UnvotesVersion, progress);
        }
        InitialiseTexts(empty);
    }

    internal Database Db => _db;

    internal StateDirectory States => _states ??= LoadStates();

    /// <summary>Every state the store knows, with its membership periods.</summary>
    public IReadOnlyList<State> AllStates => [.. States.All.OrderBy(s => s.Code.Value, StringComparer.Ordinal)];

    /// <summary>The state for a code, or a clear error naming the code.</summary>
    public State State(StateCode code) =>
        States.Contains(code) ? States[code] : throw new ArgumentException($"Unknown state {code}: expected a code the store lists (see `multivector states`).");

    /// <summary>Parses a code or a name ("KAZ", "kaz", "Kazakhstan") into a known state's code.</summary>
    public StateCode ResolveState(string text)
    {
        if (StateCode.TryParse(text, out var code) && States.Contains(code)) return code;
        var byName = States.All.FirstOrDefault(s => string.Equals(s.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byName is not null) return byName.Code;
        if (States.TryIso2(text.Trim().ToUpperInvariant(), out code)) return code;
        throw new ArgumentException($"Unknown state '{text}': expected a three-letter code such as KAZ, or a name the store lists (see `multivector states`).");
    }

    /// <summary>
    /// Imports a file in one of the three formats. Everything is read and checked before the store is
    /// touched; then roll calls the store lacks are added in one transaction (see docs/importers.md for
    /// the matching rule). Bad input throws <see cref="ImportException"/> and leaves the store as it was.
    /// </summary>
    public ImportResult Import(ImportFormat format, string path, string? version = null, IProgress<StoreProgress>? progress = null)
    {
        if (ReadOnly) throw new StoreException("This store is open read-only; imports need a writable store.");
        var reading = progress is null ? null : new Progress<double>(f => progress.Report(new StoreProgress("reading " + System.IO.Path.GetFileName(path), f)));
        var batch = format switch
        {
            ImportFormat.Unvotes => UnvotesReader.Read(path, States, reading),
            ImportFormat.Dataverse => DataverseReader.Read(path, States, reading),
            ImportFormat.Undl => UndlReader.Read(path, States, reading),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        var storing = progress is null ? null : new Progress<double>(f => progress.Report(new StoreProgress("storing", f)));
        try
        {
            return Ingest.Apply(_db, batch, version, storing);
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"The store refused the import of {System.IO.Path.GetFileName(path)} and was left as it was: {e.Message}", e);
        }
    }

    public StoreSummary Summary()
    {
        using var command = _db.Command("StoreSummary");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreSummary(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? null : DateOnly.FromDateTime(reader.GetDateTime(3)),
            reader.IsDBNull(4) ? null : DateOnly.FromDateTime(reader.GetDateTime(4)),
            reader.GetInt64(5));
    }

    private StateDirectory LoadStates()
    {
        var states = new List<State>();
        using (var command = _db.Command("LoadStates"))
        using (var reader = command.ExecuteReader())
        {
            State? current = null;
            var periods = new List<Membership>();
            while (reader.Read())
            {
                var code = StateCode.Parse(reader.GetString(0));
                if (current is null || current.Code != code)
                {
                    if (current is not null) states.Add(current with { Memberships = [.. periods] });
                    periods.Clear();
                    current = new State(code, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetString(3), []);
                }
                if (!reader.IsDBNull(4))
                {
                    periods.Add(new Membership(DateOnly.FromDateTime(reader.GetDateTime(4)), reader.IsDBNull(5) ? null : DateOnly.FromDateTime(reader.GetDateTime(5))));
                }
            }
            if (current is not null) states.Add(current with { Memberships = [.. periods] });
        }
        var aliases = new List<(string, string, StateCode)>();
        using (var command = _db.Command("LoadAliases"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) aliases.Add((reader.GetString(0), reader.GetString(1), StateCode.Parse(reader.GetString(2))));
        }
        return new StateDirectory(states, aliases);
    }

    public void Dispose() => _db.Dispose();
}

public sealed record StoreSummary(long RollCalls, long Votes, long States, DateOnly? FirstDate, DateOnly? LastDate, long Imports);
