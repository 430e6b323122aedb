using nietras.SeparatedValues;

namespace Multivector.Sources;

/// <summary>
/// A CSV file with a header, opened for one importer: checks that every required column is present, then
/// checks each row for its field count, for bytes that were not UTF-8 and for an unclosed quote, reporting
/// the line. Enumerate the rows with <c>foreach (var row in csv)</c> so that the reader's own failures
/// also come out as <see cref="ImportException"/>.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    /// <summary>
    /// The longest physical line accepted, in characters. The longest rows in the real sources are a few
    /// thousand characters; anything near this is not the CSV it claims to be, and stopping here keeps
    /// memory bounded instead of buffering a whole file that has no line breaks.
    /// </summary>
    public const int MaxLineLength = 1 << 20;

    private readonly TextReader _text;
    private readonly FileStream _file;
    private readonly SepReader _reader;
    private readonly int _columns;
    private long _nextLine = 2;

    public string Path { get; }

    private CsvInput(string path, TextReader text, FileStream file, SepReader reader)
    {
        _file = file;
        Path = path;
        _text = text;
        _reader = reader;
        _columns = reader.Header.ColNames.Count;
    }

    public static CsvInput Open(string path, IReadOnlyList<string> required, char separator = ',')
    {
        var text = new LineLimit(TextInput.Open(path, out var file), path, MaxLineLength);
        SepReader? reader = null;
        try
        {
            reader = Sep.New(separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
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
            reader?.Dispose();
            text.Dispose();
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            reader?.Dispose();
            text.Dispose();
            throw new ImportException(path, 1, $"could not read a CSV header ({Shorten(e.Message)}): expected a header line naming the columns {string.Join(",", required)}.", e);
        }
    }

    /// <summary>How far through the file the reader is, from 0 to 1 (by bytes on disk, so compressed files too).</summary>
    public double Fraction => _file.Length == 0 ? 1 : Math.Min(1, (double)_file.Position / _file.Length);

    public int Column(string name) => _reader.Header.IndexOf(name);

    /// <summary>The index of a column the file may lack, or -1.</summary>
    public int OptionalColumn(string name)
    {
        var names = _reader.Header.ColNames;
        for (var i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    public Rows GetEnumerator() => new(this);

    /// <summary>Validates a row and returns its first line number (the header is line 1).</summary>
    public long Check(SepReader.Row row)
    {
        long line = row.LineNumberFrom;
        var span = row.Span;
        // Quotes inside a quoted field are doubled, so a well-formed row holds an even number of them; an odd
        // count means the parser reached the end of the file inside a quoted field.
        if ((span.Count('"') & 1) == 1)
            throw new ImportException(Path, line, "a quoted field is not closed before the end of the file: expected a closing quote (is the file cut short?).");
        if (row.ColCount > _columns && TrailingFieldsEmpty(row))
        {
            // A spreadsheet's trailing commas: empty fields past the header's columns carry nothing.
        }
        else if (row.ColCount != _columns)
        {
            throw new ImportException(Path, line,
                $"{row.ColCount} fields where the header has {_columns}: expected {string.Join(",", _reader.Header.ColNames)}. The row reads: {Shorten(span.ToString())}");
        }
        if (span.Contains('\uFFFD')) throw new ImportException(Path, line, "bytes that are not UTF-8: expected UTF-8 text (re-save the file as UTF-8).");
        return line;
    }

    private bool TrailingFieldsEmpty(SepReader.Row row)
    {
        for (var i = _columns; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace()) return false;
        }
        return true;
    }

    public ImportException Error(long line, string problem) => new(Path, line, problem);

    internal static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    /// <summary>The rows, with the CSV parser's own failures (such as a row past its buffer limit) named by file and line.</summary>
    public struct Rows(CsvInput csv)
    {
        public readonly SepReader.Row Current => csv._reader.Current;

        public readonly bool MoveNext()
        {
            while (true)
            {
                bool more;
                try
                {
                    more = csv._reader.MoveNext();
                }
                catch (Exception e) when (e is NotSupportedException or InvalidDataException)
                {
                    throw new ImportException(csv.Path, csv._nextLine, $"the row starting here cannot be read ({e.Message}): expected a CSV row.", e);
                }
                if (!more) return false;
                csv._nextLine = csv._reader.Current.LineNumberToExcl;
                // Blank and whitespace-only lines (spreadsheets leave them at the end) hold no row.
                if (!csv._reader.Current.Span.IsWhiteSpace()) return true;
            }
        }
    }

    /// <summary>
    /// Counts physical lines as the text passes to the parser and stops at the first one longer than the
    /// limit, naming it. Line breaks are \n, \r\n or a lone \r, as the parser counts them.
    /// </summary>
    private sealed class LineLimit(TextReader inner, string path, int max) : TextReader
    {
        private long _line = 1;
        private long _length;
        private bool _afterCr;

        public override int Peek() => inner.Peek();

        public override int Read()
        {
            var c = inner.Read();
            if (c >= 0)
            {
                Span<char> one = [(char)c];
                Track(one);
            }
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = inner.Read(buffer);
            Track(buffer[..n]);
            return n;
        }

        private void Track(ReadOnlySpan<char> chars)
        {
            while (!chars.IsEmpty)
            {
                var i = chars.IndexOfAny('\r', '\n');
                var run = i < 0 ? chars.Length : i;
                _length += run;
                if (_length > max)
                {
                    throw new ImportException(path, _line,
                        $"the line is longer than {max:N0} characters: expected CSV rows separated by line breaks (is this the right file?).");
                }
                if (i < 0)
                {
                    if (run > 0) _afterCr = false;
                    return;
                }
                var crlf = chars[i] == '\n' && run == 0 && _afterCr;
                if (!crlf) _line++;
                _afterCr = chars[i] == '\r';
                _length = 0;
                chars = chars[(i + 1)..];
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
