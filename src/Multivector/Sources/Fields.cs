using System.Globalization;

namespace Multivector.Sources;

/// <summary>Field parsers that fail with the file, the line, the column and what was expected.</summary>
internal static class Fields
{
    public static long Long(CsvInput csv, long line, string column, ReadOnlySpan<char> text) =>
        long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw csv.Error(line, $"column '{column}' is '{Show(text)}': expected a whole number.");

    public static int Int(CsvInput csv, long line, string column, ReadOnlySpan<char> text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw csv.Error(line, $"column '{column}' is '{Show(text)}': expected a whole number.");

    public static int? OptionalInt(CsvInput csv, long line, string column, ReadOnlySpan<char> text) =>
        IsMissing(text) ? null : Int(csv, line, column, text);

    /// <summary>
    /// A count: a whole number from 0, which may be written with a zero fraction ("120.0") as pandas writes
    /// integer columns that have gaps. Empty (or NA) means the source does not say.
    /// </summary>
    public static int? OptionalCount(CsvInput csv, long line, string column, ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (IsMissing(t)) return null;
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return v;
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d <= int.MaxValue)
            return (int)d;
        throw csv.Error(line, $"column '{column}' is '{Show(text)}': expected a count (a whole number from 0) or empty.");
    }

    /// <summary>Dates as YYYY-MM-DD, optionally followed by a time that is ignored.</summary>
    public static DateOnly Date(CsvInput csv, long line, string column, ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.Length >= 10 && DateOnly.TryParseExact(t[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && (t.Length == 10 || t[10] is ' ' or 'T'))
        {
            return d;
        }
        throw csv.Error(line, $"column '{column}' is '{Show(text)}': expected a date as YYYY-MM-DD.");
    }

    /// <summary>A 0/1 flag; empty (or NA) means the source does not say.</summary>
    public static bool? Flag(CsvInput csv, long line, string column, ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (IsMissing(t)) return null;
        if (t is "1") return true;
        if (t is "0") return false;
        throw csv.Error(line, $"column '{column}' is '{Show(text)}': expected 0, 1 or empty.");
    }

    public static string? Text(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.IsEmpty ? null : t.ToString();
    }

    public static bool IsMissing(ReadOnlySpan<char> text) => text.Trim() is "" or "NA";

    public static string Show(ReadOnlySpan<char> text) => CsvInput.Shorten(text.ToString());
}
