using Multivector.Texts;
using System.Globalization;
using System.Text.Json.Serialization;
using Multivector.Model;
using System.Text.Json;
using System.Text;
using Multivector.Sources;

namespace Multivector.Sources;

/// <summary>The two ways statements come in: a folder of .txt/.md files with a header, or a JSON-Lines corpus.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TextFormat>))]
public enum TextFormat
{
    Folder,
    JsonLines,
    /// <summary>A web page fetched by <c>texts fetch</c>; not a format to read from a path.</summary>
    Web,
}

public static class TextFormats
{
    /// <summary>A folder, .txt or .md is the header format; anything else is taken for JSON Lines.</summary>
    public static TextFormat Detect(string path) => DocumentReaders.Detect(path);

    /// <summary>Whether <paramref name="text"/> names a way of reading statements (folder, txt, md, jsonl, json-lines).</summary>
    public static bool IsReader(string? text) => text?.Trim().ToLowerInvariant() is "folder" or "txt" or "md" or "jsonl" or "json-lines";

    /// <summary>The format named (folder, txt, md; jsonl, json-lines), or the one detected from the path when none is.</summary>
    public static TextFormat Parse(string? text, string path) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => Detect(path),
        "folder" or "txt" or "md" => TextFormat.Folder,
        "jsonl" or "json-lines" => TextFormat.JsonLines,
        _ => throw MultivectorException.BadRequest($"'{text}' is not a statements format: expected folder or jsonl."),
    };
}

/// <summary>
/// Reads statements into memory and checks them all before anything touches the store. Every problem is an
/// <see cref="ImportException"/> naming the file, the line and what was expected.
/// </summary>
internal static class DocumentReaders
{
    /// <summary>
    /// The longest statement accepted by default, in characters. Real statements run to tens of thousands
    /// (the longest bundled one is about 60,000); a text this long is a broken file or a whole book, and the
    /// analyses' time and memory grow with length. An import can raise it.
    /// </summary>
    public const int DefaultMaxChars = 1_000_000;

    public static TextFormat Detect(string path) =>
        Directory.Exists(path) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? TextFormat.Folder
            : TextFormat.JsonLines;

    /// <summary>
    /// Every statement at <paramref name="path"/>, and in a folder the files that are not statements, skipped:
    /// hidden files, and documentation named in capitals (README, SOURCES, LICENSE, US-JOINT-STATEMENTS.md).
    /// <paramref name="states"/> reads PARTIES lines; without it a file needs ISSUERS.
    /// </summary>
    public static (IReadOnlyList<Document> Documents, IReadOnlyList<string> Skipped) Read(TextFormat format, string path, string corpus, int maxChars = DefaultMaxChars, StateDirectory? states = null)
    {
        IReadOnlyList<string> skipped = [];
        var documents = format switch
        {
            TextFormat.Folder => ReadFolder(path, corpus, maxChars, states, out skipped),
            TextFormat.JsonLines => ReadJsonLines(path, corpus, maxChars),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        var tooLong = documents.FirstOrDefault(d => d.Text.Length > maxChars);
        if (tooLong is not null)
        {
            throw new ImportException(path, null,
                $"the statement '{tooLong.Id}' has {tooLong.Text.Length:N0} characters, over the limit of {maxChars:N0}: expected a statement (real ones run to tens of thousands). Raise the import's character limit if it is meant to be this long.");
        }
        return (documents, skipped);
    }

    /// <summary>
    /// Header lines "KEY: value" (TITLE and DATE required; FORMAT, ISSUERS or PARTIES, PLACE, LANGUAGE,
    /// COMPLETENESS, SOURCE URL, LICENCE read; others kept in the text only), then a line of '=' characters, then
    /// the body. The identifier is the file name without its extension. In a folder, hidden files and
    /// documentation named in capitals are skipped and listed in <paramref name="skipped"/>; a file named on its
    /// own is always read.
    /// </summary>
    public static IReadOnlyList<Document> ReadFolder(string path, string corpus, int maxChars, StateDirectory? states, out IReadOnlyList<string> skipped)
    {
        string[] files;
        skipped = [];
        if (Directory.Exists(path))
        {
            var all = Directory.EnumerateFiles(path).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
            skipped = [.. all.Where(IsNotAStatement).Select(Path.GetFileName).OfType<string>()];
            files = [.. all.Where(f => !IsNotAStatement(f))];
            if (files.Length == 0) throw new ImportException(path, null, "the folder holds no .txt or .md statements: expected statements with a metadata header.");
        }
        else if (File.Exists(path)) files = [path];
        else throw new ImportException(path, null, "no such file or folder.");
        return [.. files.Select(f => ReadHeaderFile(f, corpus, maxChars, states))];
    }

    // Hidden files, and documentation by the convention of capital names (README.md, SOURCES.md, LICENSE.txt,
    // US-JOINT-STATEMENTS.md); statements are named in lower case, usually after their date.
    private static bool IsNotAStatement(string file)
    {
        var name = Path.GetFileName(file);
        var stem = Path.GetFileNameWithoutExtension(file);
        return name.StartsWith('.') || (stem.Any(char.IsLetter) && !stem.Any(char.IsLower));
    }

    private static Document ReadHeaderFile(string file, string corpus, int maxChars, StateDirectory? states)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        if (!Document.IsValidId(id)) throw new ImportException(file, null, "the file name cannot be an identifier: expected letters, digits and . _ + - only.");
        var lines = ReadLines(file, maxChars);
        if (lines.Count == 0 || lines.All(l => l.Trim().Length == 0)) throw new ImportException(file, null, "the file is empty: expected a metadata header (TITLE:, DATE:), a line of '=' and the text.");
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var end = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length >= 3 && line.All(c => c == '=')) { end = i; break; }
            if (line.Trim().Length == 0) continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new ImportException(file, i + 1, $"expected a header line 'KEY: value' or a line of '=' ending the header, found '{Shorten(line)}'.");
            header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (end < 0) throw new ImportException(file, null, "the header never ends: expected a line of '=' between the metadata header and the text.");
        string Required(string key) => header.TryGetValue(key, out var v) && v.Length > 0 ? v
            : throw new ImportException(file, 1, $"the header lacks {key}: expected TITLE: and DATE: (YYYY-MM-DD) at least.");
        var title = Required("TITLE");
        var dateText = Required("DATE");
        if (dateText.Length < 10 || !DateOnly.TryParseExact(dateText[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new ImportException(file, LineOf(lines, "DATE"), $"DATE '{Shorten(dateText)}' is not a date: expected YYYY-MM-DD at the start.");
        var body = string.Join('\n', lines.Skip(end + 1)).Trim('\n', '\r', ' ');
        if (body.Length == 0) throw new ImportException(file, end + 2, "the text after the header is empty: expected the statement.");
        IReadOnlyList<string> issuers = header.TryGetValue("ISSUERS", out var iss) ? iss.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            : Get(header, "PARTIES") is { } parties && states is not null ? Parties.Read(parties, states, file, LineOf(lines, "PARTIES"))
            : [];
        var format = Get(header, "FORMAT") ?? (states is null ? null : Parties.Format(issuers, states));
        return new Document(id, date, title, issuers, format, Language(Get(header, "LANGUAGE")) ?? Languages.Detect(body), Get(header, "SOURCE URL"), Get(header, "LICENCE"), corpus, body)
        {
            Place = Get(header, "PLACE"),
            Completeness = Completeness(Get(header, "COMPLETENESS"), file, LineOf(lines, "COMPLETENESS")),
        };
    }

    /// <summary>One JSON object per line with id, date, title and text; partners, url, doc_type read when present.</summary>
    public static IReadOnlyList<Document> ReadJsonLines(string path, string corpus, int maxChars = DefaultMaxChars)
    {
        var lines = ReadLines(path, maxChars + 1000);
        if (lines.All(l => l.Trim().Length == 0)) throw new ImportException(path, null, "the file is empty: expected one JSON object per line.");
        var documents = new List<Document>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                root = json.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new ImportException(path, i + 1, $"malformed JSON ({e.Message}): expected one JSON object per line.", e);
            }
            if (root.ValueKind != JsonValueKind.Object) throw new ImportException(path, i + 1, "expected a JSON object with id, date, title and text.");
            string Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s
                : throw new ImportException(path, i + 1, $"the object lacks a string '{name}': expected id, date, title and text.");
            var id = Field("id");
            if (!Document.IsValidId(id)) throw new ImportException(path, i + 1, $"id '{Shorten(id)}' cannot be an identifier: expected letters, digits and . _ + - only.");
            var dateText = Field("date");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new ImportException(path, i + 1, $"date '{Shorten(dateText)}' is not a date: expected YYYY-MM-DD.");
            var partners = root.TryGetProperty("partners", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            // The corpus lists the other parties; the United States issues every one of them.
            var issuers = corpus == "us-joint-statements" ? ["USA", .. partners] : partners;
            // Partners are ISO alpha-3 codes or group names (C5+1, G7, EU, Quad); the first group names the format.
            var format = partners.FirstOrDefault(x => !(x.Length == 3 && x.All(char.IsAsciiLetterUpper)));
            var title = Field("title");
            var text = Field("text");
            foreach (var (name, value) in new[] { ("title", title), ("text", text) })
            {
                if (FirstControl(value) is int at)
                    throw new ImportException(path, i + 1, $"'{name}' holds the control character {Name(value[at])} at character {at + 1}: expected printable text (NUL and terminal escapes are refused, not stripped).");
            }
            documents.Add(new Document(id, date, title, issuers, format, "en", Optional(root, "url"), Optional(root, "licence"), corpus, text));
        }
        var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ImportException(path, null, $"id '{duplicate.Key}' occurs more than once: expected unique identifiers.");
        return documents;
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> ReadLines(string path, int maxLineChars)
    {
        using var reader = TextInput.Open(path);
        var lines = new List<string>();
        var line = new StringBuilder();
        var number = 1;
        int c;
        // Read by character so that a file with one enormous line fails with its line number instead of exhausting memory.
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                lines.Add(Finish(line, path, number++));
                continue;
            }
            line.Append((char)c);
            if (line.Length > maxLineChars) throw new ImportException(path, number, $"the line is longer than {maxLineChars:N0} characters: expected statements split into lines, within the import's character limit.");
        }
        if (line.Length > 0) lines.Add(Finish(line, path, number));
        return lines;
    }

    private static string Finish(StringBuilder line, string path, int number)
    {
        if (line.Length > 0 && line[^1] == '\r') line.Length--;
        var text = line.ToString();
        line.Clear();
        if (text.Contains('\uFFFD', StringComparison.Ordinal)) throw new ImportException(path, number, "the line is not valid UTF-8: expected UTF-8 text.");
        if (FirstControl(text) is int at)
            throw new ImportException(path, number, $"column {at + 1} holds the control character {Name(text[at])}: expected printable text (NUL and terminal escapes are refused, not stripped).");
        return text;
    }

    /// <summary>The first C0 control character other than tab, or DEL, or a C1 control: none belongs in a statement.</summary>
    internal static int? FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c != '\t' && c != '\n') || c is >= '\u007F' and <= '\u009F') return i;
        }
        return null;
    }

    private static string Name(char c) => c switch
    {
        '\0' => "NUL (U+0000)",
        '\u001B' => "ESC (U+001B)",
        _ => $"U+{(int)c:X4}",
    };

    private static int? LineOf(List<string> lines, string key)
    {
        var i = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
        return i < 0 ? null : i + 1;
    }

    private static string? Get(Dictionary<string, string> header, string key) => header.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    // Headers say "English (US State Department media note)" or "Russian (document text); English only in
    // quotations": the store keeps the code of the language named first. A header naming no language we know
    // leaves it to detection from the text.
    private static string? Language(string? text) => text is null ? null
        : text.StartsWith("English", StringComparison.OrdinalIgnoreCase) || text.Equals("en", StringComparison.OrdinalIgnoreCase) ? "en"
        : text.StartsWith("Russian", StringComparison.OrdinalIgnoreCase) || text.Equals("ru", StringComparison.OrdinalIgnoreCase) ? "ru"
        : text.StartsWith("Chinese", StringComparison.OrdinalIgnoreCase) || text.Equals("zh", StringComparison.OrdinalIgnoreCase) ? "zh"
        : null;

    // "full", or "partial (preamble + …)" / "fragments only (…)" / "excerpt": partial. Anything else is refused.
    private static string? Completeness(string? text, string file, int? line)
    {
        if (text is null) return null;
        var word = text.Split([' ', '(', ',', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        return word switch
        {
            "full" or "complete" => "full",
            "partial" or "fragments" or "fragment" or "excerpt" or "excerpts" => "partial",
            _ => throw new ImportException(file, line, $"COMPLETENESS '{Shorten(text)}' is not a completeness: expected full, or partial (fragments, excerpt) with a note."),
        };
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
