using System.Globalization;
using System.Text.Json.Serialization;
using Multivector.Model;
using System.Text.Json;

namespace Multivector.Registry;

[JsonConverter(typeof(KebabCaseEnumConverter<DatePrecision>))]

public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A date known to the day, the month or only the year ("2023-09-19", "2018-03", "2022"), as sources give
/// them. It covers <see cref="Start"/> to <see cref="End"/>; a coarse date is never rounded to a made-up day.
/// </summary>
[JsonConverter(typeof(PartialDateJson))]
public readonly record struct PartialDate
{
    public DateOnly Start { get; }
    public DatePrecision Precision { get; }

    private PartialDate(DateOnly start, DatePrecision precision) => (Start, Precision) = (start, precision);

    public static PartialDate Day(DateOnly date) => new(date, DatePrecision.Day);

    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Start.Year, 12, 31),
    };

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw MultivectorException.BadRequest($"'{text}' is not a date: expected YYYY-MM-DD, YYYY-MM or YYYY.");

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var t = text?.Trim() ?? "";
        var (format, precision) = t.Length switch
        {
            10 => ("yyyy-MM-dd", DatePrecision.Day),
            7 => ("yyyy-MM", DatePrecision.Month),
            4 => ("yyyy", DatePrecision.Year),
            _ => ("", DatePrecision.Day),
        };
        if (format.Length == 0 || !DateOnly.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)) return false;
        date = new PartialDate(start, precision);
        return true;
    }

    /// <summary>Rebuilds a date from the store's two columns (first day of the period, precision).</summary>
    internal static PartialDate FromStore(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => new(start, precision),
        DatePrecision.Month => new(new DateOnly(start.Year, start.Month, 1), precision),
        _ => new(new DateOnly(start.Year, 1, 1), precision),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>JSON carries the date as the source wrote it, so "2018-03" never becomes a day nobody recorded.</summary>
    private sealed class PartialDateJson : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
