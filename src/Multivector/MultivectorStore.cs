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
    private readonly Lock _gate = new();
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
        var db = Database.Open(path, readOnly);
        var store = new MultivectorStore(db);
        try
        {
            if (readOnly) store.RefuseUnfinished();
            else store.Initialise(empty, progress);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings a writable store up to date: tables, reference data, registry and, for a new store, the bundled
    /// votes and statements. All of it is published at once, so a first build that dies leaves no store.
    /// </summary>
    private void Initialise(bool empty, IProgress<StoreProgress>? progress)
    {
        var changed = _db.Fresh;
        if (!_db.Fresh)
        {
            var state = Condition();
            if (state == StoreCondition.HalfBuilt)
            {
                // Left by an older Multivector whose first build was interrupted: built again from nothing,
                // never filled on top of what it holds.
                _db.StartAfresh();
                changed = true;
            }
            else if (state == StoreCondition.Foreign)
            {
                throw new MultivectorException($"The DuckDB file {Path} is not a Multivector store (it has no meta table): expected a store that Multivector built.", ErrorKind.BadRequest);
            }
        }
        // A store from before the documents' newest columns gets them from the schema script; that is a change
        // to publish even when nothing else is.
        var textColumnsMissing = !_db.Fresh && !DocumentQueries.Present(_db);
        Seed.Schema(_db);
        changed |= textColumnsMissing;
        if (Meta.Get(_db, "schema") is null)
        {
            var tables = ReferenceTables.Read(Bundle.Folder);
            Seed.ReferenceTables(_db, tables);
            Meta.Set(_db, "schema", "1");
            Meta.Set(_db, Meta.CreatedEmpty, empty ? "yes" : "no");
            changed = true;
        }
        changed |= SeedRegistry();
        changed |= Seed.BackfillSources(_db);
        changed |= AddNameAliases();
        if (_db.Fresh && !empty)
        {
            ImportUnpublished(ImportFormat.Unvotes, Bundle.Unvotes, Bundle.UnvotesVersion, progress);
        }
        // The UN Digital Library records fill 2021-12 to 2025-08; a store built from the bundle before they were
        // bundled gets them on its next writable open.
        if (!empty && Meta.BuiltFromBundle(_db) && !Seed.HasImport(_db, Bundle.UndlVersion))
        {
            ImportUnpublished(ImportFormat.Undl, Bundle.Undl, Bundle.UndlVersion, progress);
            changed = true;
        }
        changed |= InitialiseTexts(empty);
        changed |= InitialiseTies(empty);
        Faults.At("built");
        if (changed) _db.Publish();
    }

    /// <summary>
    /// The publishers' spellings of state names ("Kyrgyz Republic", "Russian Federation") that ties files use,
    /// added to a store seeded before they were in data/state-aliases.csv.
    /// </summary>
    private bool AddNameAliases()
    {
        var added = Seed.NameAliases(_db, ReferenceTables.Read(Bundle.Folder).Aliases);
        _states = null;
        return added > 0;
    }

    /// <summary>Reading commands refuse a store that an interrupted build or a foreign program left, rather than answer from it.</summary>
    private void RefuseUnfinished()
    {
        switch (Condition())
        {
            case StoreCondition.Foreign:
                throw new MultivectorException($"The DuckDB file {Path} is not a Multivector store (it has no meta table): expected a store that Multivector built.", ErrorKind.BadRequest);
            case StoreCondition.HalfBuilt:
                throw new MultivectorException($"The store {Path} was left half-built by an interrupted build of an older version: it holds no roll calls. Open it for writing once (any import) to build it again, or delete it.", ErrorKind.BadInput);
        }
    }

    private StoreCondition Condition() => Seed.Condition(_db);

    internal Database Db => _db;

    // Loaded once; every thread of a host may ask at once, so the first load is locked.
    internal StateDirectory States
    {
        get
        {
            if (Volatile.Read(ref _states) is { } loaded) return loaded;
            lock (_gate) return _states ??= LoadStates();
        }
    }

    /// <summary>Every state the store knows, with its membership periods.</summary>
    public IReadOnlyList<State> AllStates => [.. States.All.OrderBy(s => s.Code.Value, StringComparer.Ordinal)];

    /// <summary>The state for a code, or a clear error naming the code.</summary>
    public State State(StateCode code) =>
        States.Contains(code) ? States[code] : throw MultivectorException.NotFound($"Unknown state {code}: expected a code the store lists.");

    /// <summary>Parses a code or a name ("KAZ", "kaz", "Kazakhstan") into a known state's code.</summary>
    public StateCode ResolveState(string text) =>
        TryResolveState(text, out var code, out var error) ? code : throw MultivectorException.NotFound(error!);

    public bool TryResolveState(string text, out StateCode code, out string? error)
    {
        error = null;
        if (StateCode.TryParse(text, out code) && States.Contains(code)) return true;
        var byName = States.All.FirstOrDefault(s => string.Equals(s.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            code = byName.Code;
            return true;
        }
        if (States.TryIso2(text.Trim().ToUpperInvariant(), out code)) return true;
        error = $"Unknown state '{text}': expected a three-letter code such as KAZ, or a name the store lists.";
        return false;
    }

    /// <summary>
    /// A comma-separated list of states ("KAZ,Uzbekistan"), each once, in the order typed; empty text gives
    /// <paramref name="fallback"/>, and "all" an empty list, which reports read as every state.
    /// </summary>
    public IReadOnlyList<StateCode> ResolveStates(string? text, IReadOnlyList<StateCode> fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback
        : text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? []
        : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ResolveState).Distinct()];

    /// <summary>
    /// A state's partners as typed: a list replaces the default partners; a list starting with '+' adds to them
    /// ("+DEU,IND"). A default partner equal to the state drops out; a named one is refused by the report.
    /// Empty text gives an empty list, which reports read as the default.
    /// </summary>
    public IReadOnlyList<StateCode> ResolvePartners(StateCode state, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var add = text.TrimStart().StartsWith('+');
        var named = ResolveStates(text.TrimStart().TrimStart('+'), []);
        return add ? [.. Defaults.Partners.Where(p => p != state).Concat(named).Distinct()] : named;
    }

    /// <summary>
    /// Imports a file in one of the three formats. Everything is read and checked before the store is
    /// touched; then roll calls the store lacks are added in one transaction (see docs/importers.md for
    /// the matching rule) and the store file is replaced at once. Bad input throws <see cref="ImportException"/>
    /// and leaves the store as it was; so does a process that dies at any point.
    /// </summary>
    public ImportResult Import(ImportFormat format, string path, string? version = null, IProgress<StoreProgress>? progress = null, bool dryRun = false)
    {
        var result = ImportUnpublished(format, path, version, progress, dryRun);
        if (result.RollCallsAdded > 0 && !dryRun) _db.Publish();
        return result;
    }

    private ImportResult ImportUnpublished(ImportFormat format, string path, string? version, IProgress<StoreProgress>? progress, bool dryRun = false)
    {
        if (ReadOnly && !dryRun) throw new MultivectorException("This store is open read-only; imports need a writable store.", ErrorKind.BadRequest);
        if (format is not (ImportFormat.Unvotes or ImportFormat.UndlMarcXml) || !Directory.Exists(path)) StoreFile.CheckInput(path);
        var reading = progress is null ? null : new Progress<double>(f => progress.Report(new StoreProgress("reading " + System.IO.Path.GetFileName(path), f)));
        IReadOnlyList<SkippedRecord> skipped = [];
        var batch = format switch
        {
            ImportFormat.Unvotes => UnvotesReader.Read(path, States, reading),
            ImportFormat.Dataverse => DataverseReader.Read(path, States, reading),
            ImportFormat.Undl => UndlReader.Read(path, States, reading),
            ImportFormat.UndlMarcXml => ReadMarcXml(path, out skipped),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        Faults.At("read");
        var storing = progress is null ? null : new Progress<double>(f => progress.Report(new StoreProgress("storing", f)));
        try
        {
            if (batch.RollCalls.Count == 0) return new ImportResult(batch.Format, batch.Files, 0, 0, 0, 0, 0, null) { Skipped = skipped };
            return Ingest.Apply(_db, batch, version, storing, dryRun) with { Skipped = skipped };
        }
        catch (DuckDBException e)
        {
            throw new MultivectorException($"The store refused the import of {System.IO.Path.GetFileName(path)} and was left as it was: {e.Message}", e);
        }
    }

    private ImportBatch ReadMarcXml(string path, out IReadOnlyList<SkippedRecord> skipped)
    {
        var (batch, bad) = MarcXmlReader.Read(path, States);
        skipped = bad;
        return batch;
    }

    public StoreSummary Summary() => StateQueries.Summary(_db);

    private StateDirectory LoadStates() => StateQueries.Directory(_db);

    public void Dispose() => _db.Dispose();
}

public sealed record StoreSummary(long RollCalls, long Votes, long States, DateOnly? FirstDate, DateOnly? LastDate, long Imports);
