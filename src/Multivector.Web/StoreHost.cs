using System.Collections.Concurrent;

namespace Multivector.Web;

/// <summary>
/// The dashboard's one store, open read-only. An import or `update` in another process publishes a new file by
/// rename; the next request after that closes the old store and opens the new one (DuckDB shares one instance
/// per file in a process, so the old connections must close first). Requests hold a read lock; the swap takes
/// the write lock. While there is no store (deleted, or not yet built), requests get <see cref="ErrorKind.Busy"/>.
/// Reports are deterministic for a store version, so each answer is cached (see <see cref="Cached"/>).
/// </summary>
public sealed class StoreHost : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);
    private MultivectorStore? _store;
    private (DateTime Written, long Length) _version;
    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);
    private long _generation;

    public StoreHost(string path) => Path = System.IO.Path.GetFullPath(path);

    public string Path { get; }

    /// <summary>Builds the store from the bundled data when there is none yet (the first start), then opens it read-only.</summary>
    public void Prepare(Action<string>? say = null)
    {
        if (!File.Exists(Path))
        {
            say?.Invoke($"Building the store at {Path} from the bundled data (once; a few seconds)...");
            using var build = MultivectorStore.Open(Path);
        }
        Use(_ => 0);
    }

    /// <summary>Runs <paramref name="read"/> on the current store version.</summary>
    public T Use<T>(Func<MultivectorStore, T> read)
    {
        Refresh();
        _lock.EnterReadLock();
        try
        {
            var store = _store ?? throw Missing();
            return read(store);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The same, remembered under <paramref name="key"/>. After another process publishes a new store, a
    /// remembered answer is still served while the new store's answer is computed in the background, so a
    /// publish never stalls the dashboard; answers lag it by the seconds that recomputation takes.
    /// </summary>
    public T Cached<T>(string key, Func<MultivectorStore, T> read)
        where T : class
    {
        Refresh();
        var generation = Volatile.Read(ref _generation);
        if (_cache.TryGetValue(key, out var known) && known.Generation != generation && known.Value.IsValueCreated && !known.Failed)
        {
            if (Interlocked.CompareExchange(ref known.Refreshing, 1, 0) == 0)
            {
                _ = Task.Run(() =>
                {
                    var fresh = new Entry(generation, () => Use(read));
                    try
                    {
                        _ = fresh.Value.Value;
                        _cache[key] = fresh;
                    }
                    catch (Exception)
                    {
                        // The new store refuses what the old one answered (say, a state it no longer has):
                        // forget the answer, so the next request computes it and gets the error itself.
                        _cache.TryRemove(new KeyValuePair<string, Entry>(key, known));
                    }
                });
            }
            return (T)known.Value.Value;
        }
        var entry = _cache.GetOrAdd(key, _ => new Entry(generation, () => Use(read)));
        try
        {
            return (T)entry.Value.Value;
        }
        catch
        {
            // Errors are not remembered: a bad request stays bad, but a busy store may come back.
            entry.Failed = true;
            _cache.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private sealed class Entry(long generation, Func<object> compute)
    {
        public long Generation { get; } = generation;
        public Lazy<object> Value { get; } = new(compute, LazyThreadSafetyMode.ExecutionAndPublication);
        public int Refreshing;
        public bool Failed;
    }

    private void Refresh()
    {
        var current = Stamp(Path);
        if (_store is not null && current == _version) return;
        _lock.EnterWriteLock();
        try
        {
            current = Stamp(Path);
            if (_store is not null && current == _version) return;
            _store?.Dispose();
            _store = null;
            Interlocked.Increment(ref _generation);
            if (current.Length == 0) return;
            _store = MultivectorStore.Open(Path, readOnly: true);
            _version = current;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private static (DateTime Written, long Length) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (default, 0);
    }

    private MultivectorException Missing() =>
        new($"There is no store at {Path} right now: it is missing or being rebuilt. Build it with any multivector command (for example `multivector states --store {Path}`), then reload.", ErrorKind.Busy);

    public void Dispose()
    {
        _store?.Dispose();
        _lock.Dispose();
    }
}
