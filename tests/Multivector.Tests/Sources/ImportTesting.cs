using System.IO.Compression;
using System.Text;
using Multivector.Sources;

namespace Multivector.Tests.Sources;

/// <summary>A writable store built from the bundled data, shared by a test class whose tests must leave it unchanged.</summary>
public sealed class BundledCopy : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-tests-").FullName;

    public MultivectorStore Store { get; }

    public BundledCopy() => Store = MultivectorStore.Open(StoreFiles.CopyOfBundled(_folder));

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>What a store holds, summed so that any added, lost or changed vote or roll call shows.</summary>
internal sealed record StoreFingerprint(StoreSummary Summary, long Votes, long VoteRcids, long VoteValues, long RollCallRcids, long Issues)
{
    private const string Query = """
        SELECT (SELECT count(*) FROM votes),
               (SELECT coalesce(sum(rcid), 0)::BIGINT FROM votes),
               (SELECT coalesce(sum(vote), 0)::BIGINT FROM votes),
               (SELECT coalesce(sum(rcid), 0)::BIGINT FROM roll_calls),
               (SELECT count(*) FROM roll_call_issues)
        """;

    /// <summary>Also runs the store's integrity check, so every import test ends with a clean `check`.</summary>
    public static StoreFingerprint Of(MultivectorStore store)
    {
        var check = store.Check();
        Assert.False(check.Damaged, string.Join("; ", check.Items.Where(i => i.Failed).Select(i => $"{i.Name}: {i.Count}")));
        using var command = store.Db.CommandText(Query);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreFingerprint(store.Summary(), reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}

internal static class StoreQuery
{
    /// <summary>The first row of a query, its values joined by '|' (empty for NULL, dates as YYYY-MM-DD).</summary>
    public static string Row(MultivectorStore store, string sql)
    {
        using var command = store.Db.CommandText(sql);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
        {
            DBNull => "",
            DateTime d => d.ToString("yyyy-MM-dd"),
            DateOnly d => d.ToString("yyyy-MM-dd"),
            var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
        }));
    }
}

internal static class Rejected
{
    /// <summary>
    /// Imports a bad file and checks the refusal: an <see cref="ImportException"/> whose message starts with the
    /// file's name and the line (when one applies), says what was expected and contains <paramref name="says"/>;
    /// and a store left exactly as it was.
    /// </summary>
    public static ImportException Import(MultivectorStore store, ImportFormat format, string path, string file, long? line, params string[] says)
    {
        var before = StoreFingerprint.Of(store);
        var e = Assert.Throws<ImportException>(() => store.Import(format, path));
        Assert.Equal(file, Path.GetFileName(e.File));
        Assert.Equal(line, e.Line);
        Assert.StartsWith(line is null ? $"{file}: " : $"{file}, line {line}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected", e.Message, StringComparison.Ordinal);
        foreach (var s in says) Assert.Contains(s, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreFingerprint.Of(store));
        return e;
    }
}

/// <summary>Bad copies of the fixtures, made in a temporary folder that goes away with the test.</summary>
internal sealed class BadFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("multivector-bad-").FullName;

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(Fixture(parts));

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a fixture folder (such as the unvotes triple) so that its files can be spoiled one at a time.</summary>
    public string CopyFolder(string fixture)
    {
        foreach (var file in Directory.GetFiles(Fixture(fixture))) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        return Folder;
    }

    /// <summary>The text with <paramref name="old"/>, which must occur exactly once, replaced.</summary>
    public static string Replace(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the fixture.");
        Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' occurs more than once in the fixture.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    /// <summary>The text with <paramref name="old"/> replaced in the first line that starts with <paramref name="lineStart"/>.</summary>
    public static string EditLine(string text, string lineStart, string old, string replacement)
    {
        var at = text.IndexOf(lineStart, StringComparison.Ordinal);
        Assert.True(at == 0 || (at > 0 && text[at - 1] == '\n'), $"No line starts with '{lineStart}'.");
        var end = text.IndexOf('\n', at);
        var line = text[at..end];
        Assert.Contains(old, line, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), line.Replace(old, replacement, StringComparison.Ordinal), text.AsSpan(end));
    }

    /// <summary>The 1-based line on which <paramref name="part"/> first occurs.</summary>
    public static long LineOf(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is not in the fixture.");
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>The text gzipped, then cut to the first half of its bytes, as a failed download leaves it.</summary>
    public string TruncatedGzip(string name, string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        var bytes = buffer.ToArray();
        return WriteBytes(name, bytes[..(bytes.Length / 2)]);
    }

    /// <summary>The text followed by one line of five million characters with no line break.</summary>
    public string HugeLastLine(string name, string text) => Write(name, text + new string('x', 5_000_000));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
