using System.Globalization;

namespace Multivector.Sources;

/// <summary>Field parsers that fail with the file, the line, the column and what was expected.</summary>
internal static class Fields
{
    public static long Long(CsvInput csv, long line, string column, ReadOnlySpan<char> text) =>
        long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw csv.Error(line, $"column '{column}' is '{Show(text)}': expected a whole number.");

    /// <summary>
    /// The largest source id accepted for a roll call. Voeten's rcids become the store's rcids, and roll calls
    /// from other sources are numbered from 100,000,000, so source ids stay below that; the real ones are under
    /// 10,000 (Voeten) and about 4.1 million (UN Digital Library records).
    /// </summary>
    public const long MaxRollCallId = 99_999_999;

    /// <summary>The day the UN Charter came into force: no General Assembly vote can be older.</summary>
    public static readonly DateOnly FirstPossibleVote = new(1945, 10, 24);

    /// <summary>A roll call's id in its source: a whole number from 1 to <see cref="MaxRollCallId"/>.</summary>
    public static long RollCallId(CsvInput csv, long line, string column, ReadOnlySpan<char> text)
    {
        var v = Long(csv, line, column, text);
        return v is >= 1 and <= MaxRollCallId ? v : throw csv.Error(line, $"column '{column}' is {v}: expected an id from 1 to {MaxRollCallId:N0}.");
    }

    /// <summary>A regular session number, from 1 to the session running now plus one.</summary>
    public static int Session(CsvInput csv, long line, string column, int session)
    {
        var latest = Sources.UndlReader.RegularSession(DateOnly.FromDateTime(DateTime.UtcNow)) + 1;
        return session >= 1 && session <= latest ? session : throw csv.Error(line, $"column '{column}' is {session}: expected a session from 1 to {latest}.");
    }

    /// <summary>A vote's date, from the Charter's entry into force (1945-10-24) to one year after today.</summary>
    public static DateOnly VoteDate(CsvInput csv, long line, string column, ReadOnlySpan<char> text)
    {
        var d = Date(csv, line, column, text);
        var latest = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        return d >= FirstPossibleVote && d <= latest
            ? d
            : throw csv.Error(line, $"column '{column}' is {d:yyyy-MM-dd}: expected a date from {FirstPossibleVote:yyyy-MM-dd} to {latest:yyyy-MM-dd}.");
    }

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
