using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Multivector.Web;

/// <summary>
/// The dashboard's one store, open read-only, kept current without ever making a request wait for a swap.
/// </summary>
/// <remarks>
/// An import or `update` in another process publishes a new store file by rename. DuckDB.NET shares one database
/// instance per file name in a process, so a second instance of the same name would see the old file. Each
/// version is therefore opened through a private hard link (&lt;store&gt;.view-&lt;id&gt;, deleted as soon as
/// DuckDB holds the file open): the new version opens beside the old one, requests switch to it, and the old
/// one closes when its last request ends. Where a hard link cannot be made (another file system, no write
/// permission), the store is opened by its own name and a swap waits for running requests instead.
/// While there is no store (deleted, or not yet built), requests get <see cref="ErrorKind.Busy"/>.
/// </remarks>
public sealed partial class StoreHost : IDisposable
{
    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);
    private readonly Lock _swap = new();
    private readonly SemaphoreSlim _recompute = new(1, 1);
    private readonly ReaderWriterLockSlim _fallback = new(LockRecursionPolicy.SupportsRecursion);
    private Version? _current;
    private long _generation;
    private int _swapping;
    private bool _disposed;

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

    /// <summary>
    /// When the store holds no ideal-point run over the whole record, fits one in the background (the default
    /// `multivector ideal`, 20 bootstrap replicates), writing through the store's own crash-safe publish; the
    /// State pages show it once this host notices the new version. While it runs, other writers wait for it.
    /// </summary>
    public Task FitIdealPointsInBackground(Action<string>? say = null)
    {
        if (Use(s => s.StoredIdealPoints([Model.Defaults.Partners[0]])) is not null) return Task.CompletedTask;
        say?.Invoke("Fitting ideal points over the whole record in the background (15–30 s on two cores); the State pages show them when it is done.");
        IdealFitProgress = "starting";
        return Task.Run(() =>
        {
            try
            {
                using var writer = MultivectorStore.Open(Path);
                writer.IdealPoints(new Reports.IdealPointOptions(), new Immediate(p => IdealFitProgress = $"{p.Stage}, {p.Fraction:0%}"));
                say?.Invoke("Ideal points fitted and stored.");
            }
            catch (MultivectorException e)
            {
                say?.Invoke("Ideal points were not fitted: " + e.Message);
            }
            finally
            {
                IdealFitProgress = null;
            }
        });
    }

    /// <summary>Where the background fit of <see cref="FitIdealPointsInBackground"/> is ("ideal points: fit, 40%"), or null when none runs.</summary>
    public string? IdealFitProgress { get; private set; }

    /// <summary>Reports on the fitting thread, so the notice follows the fit as it goes.</summary>
    private sealed class Immediate(Action<StoreProgress> report) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => report(value);
    }

    /// <summary>Runs <paramref name="read"/> on the current store version.</summary>
    public T Use<T>(Func<MultivectorStore, T> read)
    {
        var version = Acquire();
        try
        {
            if (version.Linked) return read(version.Store);
            _fallback.EnterReadLock();
            try
            {
                return read(version.Store);
            }
            finally
            {
                _fallback.ExitReadLock();
            }
        }
        finally
        {
            Release(version);
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
                // One recomputation at a time, waited for without holding a thread: a burst of publishes must not
                // take the threads that answer requests.
                _ = Task.Run(async () =>
                {
                    await _recompute.WaitAsync();
                    try
                    {
                        var fresh = new Entry(Volatile.Read(ref _generation), () => Use(read));
                        _ = fresh.Value.Value;
                        _cache[key] = fresh;
                    }
                    catch (Exception)
                    {
                        // The new store refuses what the old one answered (say, a state it no longer has):
                        // forget the answer, so the next request computes it and gets the error itself.
                        _cache.TryRemove(new KeyValuePair<string, Entry>(key, known));
                    }
                    finally
                    {
                        _recompute.Release();
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

    private Version Acquire()
    {
        while (true)
        {
            Refresh();
            var version = Volatile.Read(ref _current) ?? throw Missing();
            if (Interlocked.Increment(ref version.Users) > 0 && !version.Retired) return version;
            Release(version);
        }
    }

    private static void Release(Version version)
    {
        if (Interlocked.Decrement(ref version.Users) == 0 && version.Retired) version.Close();
    }

    /// <summary>
    /// Notices a new store version. With a version in use, the new one is opened in the background and requests
    /// go on with the current one meanwhile; only with none (the first request, or a store that was missing)
    /// does a request wait for the open.
    /// </summary>
    private void Refresh()
    {
        var stamp = Stamp(Path);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Stamp == stamp) return;
        if (current is null)
        {
            Swap();
            return;
        }
        if (Interlocked.CompareExchange(ref _swapping, 1, 0) != 0) return;
        _ = Task.Run(() =>
        {
            try
            {
                Swap();
            }
            catch (Exception e) when (e is MultivectorException or IOException or ObjectDisposedException)
            {
                // A version that cannot be opened (a writer mid-rename, a damaged file) is tried again on the next request.
            }
            finally
            {
                Volatile.Write(ref _swapping, 0);
            }
        });
    }

    private void Swap()
    {
        lock (_swap)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var current = _current;
            var stamp = Stamp(Path);
            if (current is not null && current.Stamp == stamp) return;
            Version? next = null;
            if (stamp.Length > 0)
            {
                var link = $"{Path}.view-{Guid.NewGuid():N}";
                if (Link(Path, link) == 0)
                {
                    try
                    {
                        var store = MultivectorStore.Open(link, readOnly: true);
                        // Loaded before the switch, so the first requests on the new version do not pay for it.
                        _ = store.AllStates.Count + store.Formats.Count;
                        next = new Version(store, stamp, linked: true);
                    }
                    finally
                    {
                        // DuckDB holds the file open now; the name is not needed, and leaves nothing behind.
                        File.Delete(link);
                    }
                }
                else
                {
                    _fallback.EnterWriteLock();
                    try
                    {
                        current?.Close();
                        current = null;
                        next = new Version(MultivectorStore.Open(Path, readOnly: true), stamp, linked: false);
                    }
                    finally
                    {
                        _fallback.ExitWriteLock();
                    }
                }
            }
            Volatile.Write(ref _current, next);
            Interlocked.Increment(ref _generation);
            if (current is not null) Retire(current);
        }
    }

    private static void Retire(Version version)
    {
        version.Retired = true;
        // The host's own reference: whoever brings the count to zero closes it.
        Release(version);
    }

    // A publish renames a new file over the store: its write time (to the nanosecond here) and size differ.
    private static (DateTime Written, long Length) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (default, 0);
    }

    private MultivectorException Missing() =>
        new($"There is no store at {Path} right now: it is missing or being rebuilt. Build it with any multivector command (for example `multivector states --store {Path}`), then reload.", ErrorKind.Busy);

    public void Dispose()
    {
        lock (_swap)
        {
            _disposed = true;
            if (_current is { } current) Retire(current);
            _current = null;
        }
    }

    /// <summary>One open version of the store; <see cref="Users"/> counts running requests plus one for the host while current.</summary>
    private sealed class Version(MultivectorStore store, (DateTime, long) stamp, bool linked)
    {
        public MultivectorStore Store { get; } = store;
        public (DateTime, long) Stamp { get; } = stamp;
        public bool Linked { get; } = linked;
        public int Users = 1;
        public volatile bool Retired;
        private int _closed;

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0) Store.Dispose();
        }
    }

    private sealed class Entry(long generation, Func<object> compute)
    {
        public long Generation { get; } = generation;
        public Lazy<object> Value { get; } = new(compute, LazyThreadSafetyMode.ExecutionAndPublication);
        public int Refreshing;
        public bool Failed;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
