using nietras.SeparatedValues;

namespace Multivector.Sources;

/// <summary>
/// A CSV file with a header, opened for one importer: checks that every required column is present, then
/// checks each row for its field count and for bytes that were not UTF-8, reporting the line.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private readonly TextReader _text;
    private readonly FileStream _file;
    private readonly int _columns;

    public string Path { get; }
    public SepReader Reader { get; }

    private CsvInput(string path, TextReader text, FileStream file, SepReader reader)
    {
        _file = file;
        Path = path;
        _text = text;
        Reader = reader;
        _columns = reader.Header.ColNames.Count;
    }

    public static CsvInput Open(string path, IReadOnlyList<string> required, char separator = ',')
    {
        var text = TextInput.Open(path, out var file);
        try
        {
            var reader = Sep.New(separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
            var header = reader.Header.ColNames;
            if (header.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal)))
                throw new ImportException(path, 1, "the header is not valid UTF-8: expected UTF-8 text.");
            var missing = required.Where(r => !header.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new ImportException(path, 1,
                    $"the header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}: expected columns {string.Join(",", required)} (found {Shorten(string.Join(",", header))}).");
            }
            return new CsvInput(path, text, file, reader);
        }
        catch (ImportException)
        {
            text.Dispose();
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or InvalidOperationException)
        {
            text.Dispose();
            throw new ImportException(path, 1, $"could not read a CSV header ({e.Message}): expected a comma-separated header line.", e);
        }
    }

    /// <summary>How far through the file the reader is, from 0 to 1 (by bytes on disk, so compressed files too).</summary>
    public double Fraction => _file.Length == 0 ? 1 : Math.Min(1, (double)_file.Position / _file.Length);

    public int Column(string name) => Reader.Header.IndexOf(name);

    /// <summary>Validates a row and returns its first line number (the header is line 1).</summary>
    public long Check(SepReader.Row row)
    {
        long line = row.LineNumberFrom;
        if (row.ColCount != _columns)
        {
            throw new ImportException(Path, line,
                $"{row.ColCount} fields where the header has {_columns}: expected {string.Join(",", Reader.Header.ColNames)}. The row reads: {Shorten(row.Span.ToString())}");
        }
        if (row.Span.Contains('\uFFFD')) throw new ImportException(Path, line, "bytes that are not UTF-8: expected UTF-8 text (re-save the file as UTF-8).");
        return line;
    }

    public ImportException Error(long line, string problem) => new(Path, line, problem);

    internal static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    public void Dispose()
    {
        Reader.Dispose();
        _text.Dispose();
    }
}
