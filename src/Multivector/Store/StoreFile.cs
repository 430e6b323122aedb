using System.Runtime.InteropServices;

namespace Multivector.Store;

/// <summary>
/// How a store file is changed without ever being left half-written. A writer never touches the store file:
/// it copies it to a temporary file in the same folder, works there, and when a write has succeeded renames
/// the copy over the store (rename is atomic on one file system). A process that dies at any moment leaves
/// either the old store or the new one, plus a stray temporary file that the next writer deletes. Readers
/// open the store file read-only and keep the version they opened until they close it.
/// </summary>
/// <remarks>
/// DuckDB's own commit is not enough here: kill -9 during the commit of a large import left the votes of an
/// uncommitted transaction visible after recovery (about a million orphan rows, issue 7), and the first build
/// was several commits in a row. Copy-then-rename makes both all-or-nothing whatever DuckDB does inside the
/// copy. Writers are serialised by an advisory lock on <c>&lt;store&gt;.lock</c>, which the kernel releases
/// when the holder dies; <c>&lt;store&gt;.writer</c> says who holds it, for the message another writer gets.
/// </remarks>
internal static class StoreFile
{
    private static ReadOnlySpan<byte> Magic => "DUCK"u8;

    /// <summary>Refuses a path that is not a DuckDB file: a folder, a pipe or device, an empty or foreign file.</summary>
    public static void CheckExisting(string path)
    {
        if (Directory.Exists(path)) throw new MultivectorException($"The store path {path} is a folder: expected a store file (for example {Path.Combine(path, "multivector.duckdb")}).", ErrorKind.BadRequest);
        if (!File.Exists(path)) return;
        Span<byte> header = stackalloc byte[12];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            if (!stream.CanSeek) throw new MultivectorException($"The store path {path} is a pipe or a device, not a file: expected a DuckDB store file.", ErrorKind.BadRequest);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MultivectorException($"The store file {path} cannot be read: {e.Message}", ErrorKind.BadRequest, e);
        }
        if (read == 0) throw new MultivectorException($"The store file {path} is empty: expected a DuckDB store. Delete it and Multivector builds a new one there.", ErrorKind.BadRequest);
        if (read < header.Length || !header[8..].SequenceEqual(Magic))
            throw new MultivectorException($"The file {path} is not a DuckDB store (its first bytes are not DuckDB's): expected a store that Multivector built. Choose another path, or delete this file.", ErrorKind.BadRequest);
    }

    /// <summary>
    /// Refuses an input that is not a regular file: a folder, or a pipe such as /dev/stdin or &lt;(…), which
    /// can be read only once while an import reads a file twice (to check it, then to record its checksum).
    /// </summary>
    public static void CheckInput(string path)
    {
        if (Directory.Exists(path)) return;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            if (!stream.CanSeek)
                throw new Sources.ImportException(path, null, "is a pipe or a device, not a file: expected a file on disk. Save the input to a file first, then import that file.");
        }
        catch (FileNotFoundException e)
        {
            throw new Sources.ImportException(path, null, "no such file: expected an existing file.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Sources.ImportException(path, null, $"cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Stray temporary copies left by writers that died; only called while holding the writer lock.</summary>
    public static void DeleteStrays(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        foreach (var stray in Directory.EnumerateFiles(folder, Path.GetFileName(path) + ".*.tmp*"))
        {
            try
            {
                File.Delete(stray);
            }
            catch (IOException)
            {
                // Another file system quirk should not stop a write; the stray is tried again next time.
            }
        }
    }

    public static string TemporaryPath(string path) => $"{path}.{Guid.NewGuid():N}.tmp";

    /// <summary>Flushes <paramref name="temporary"/> to disk and renames it over <paramref name="path"/>.</summary>
    public static void Publish(string temporary, string path)
    {
        using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            stream.Flush(flushToDisk: true);
        }
        Faults.At("before-rename");
        File.Move(temporary, path, overwrite: true);
        SyncFolder(Path.GetDirectoryName(path)!);
        Faults.At("after-rename");
    }

    /// <summary>Makes the rename itself durable (a power cut after rename(2) may otherwise forget it).</summary>
    private static void SyncFolder(string folder)
    {
        if (!OperatingSystem.IsLinux()) return;
        var fd = Native.open(folder, 0 /* O_RDONLY */);
        if (fd < 0) return;
        _ = Native.fsync(fd);
        _ = Native.close(fd);
    }

    private static partial class Native
    {
#pragma warning disable CA5392, SYSLIB1054 // libc is the system library; these three calls are stable ABI.
        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);
#pragma warning restore CA5392, SYSLIB1054
    }
}

/// <summary>
/// The advisory lock that serialises writers of one store. Held from a writable open until dispose; the
/// kernel drops it when the holder dies, so a killed writer never blocks the next one.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _info;

    private WriterLock(FileStream @lock, string info) => (_lock, _info) = (@lock, info);

    public static WriterLock Acquire(string storePath, string activity)
    {
        var lockPath = storePath + ".lock";
        var info = storePath + ".writer";
        FileStream stream;
        try
        {
            // FileShare.None takes flock(LOCK_EX | LOCK_NB) on Unix.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(lockPath))
        {
            var holder = File.Exists(info) ? File.ReadAllText(info).Trim() : "another process";
            throw new MultivectorException(
                $"The store {storePath} is being changed by {holder}. Wait for it to finish and run this again; reading commands work meanwhile.",
                ErrorKind.Busy, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MultivectorException($"The store {storePath} cannot be written: {e.Message}", ErrorKind.BadRequest, e);
        }
        try
        {
            File.WriteAllText(info, $"an {activity} (process {Environment.ProcessId}, since {DateTime.Now:yyyy-MM-dd HH:mm:ss})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new MultivectorException($"The store {storePath} cannot be written: {e.Message}", ErrorKind.BadRequest, e);
        }
        return new WriterLock(stream, info);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_info);
        }
        catch (IOException)
        {
            // The next holder overwrites it.
        }
        _lock.Dispose();
    }
}

/// <summary>
/// Named points where the process can be made to die on purpose, for the crash tests: MULTIVECTOR_FAULT=name
/// (or name:n for its n-th visit) kills the process with SIGKILL there. Unset, it costs one string compare.
/// </summary>
internal static class Faults
{
    private static readonly string? Spec = Environment.GetEnvironmentVariable("MULTIVECTOR_FAULT");
    private static int _visits;

    public static void At(string point)
    {
        if (Spec is null) return;
        // name! throws instead of dying, to exercise the handler for unexpected failures.
        if (Spec == point + "!") throw new InvalidOperationException($"fault injected at {point}");
        var (name, nth) = Spec.Split(':') is [var n, var k] ? (n, int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)) : (Spec, 1);
        if (name != point || Interlocked.Increment(ref _visits) != nth) return;
        Console.Error.WriteLine($"fault: killed at {point}");
        Console.Error.Flush();
        System.Diagnostics.Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
