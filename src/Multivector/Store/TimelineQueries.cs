using Multivector.Model;
using Multivector.Registry;
using Multivector.Reports;

namespace Multivector.Store;

/// <summary>The registry of ties: summit formats, and summits and treaty events as one timeline.</summary>
internal static class TimelineQueries
{
    /// <summary>Stores built before the registry lack its tables until they are opened for writing once.</summary>
    public static bool Present(Database db) => db.Scalar<long>("RegistryPresent") > 0;

    public static List<TimelineEvent> Events(Database db, TimelineQuery query)
    {
        var events = new List<TimelineEvent>();
        using var command = db.Command("Timeline", ("state", query.State?.Value), ("format", query.Format?.Value),
            ("from_date", query.From), ("to_date", query.To), ("newest", query.NewestFirst));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            events.Add(new TimelineEvent(
                PartialDate.FromStore(DateOnly.FromDateTime(reader.GetDateTime(2)), Precision(reader.GetString(3))),
                Kind(reader.GetString(0)), reader.GetString(1), FormatId.Parse(reader.GetString(4)), reader.GetString(5),
                Text(6) is { } level ? MeetingLevelOf(level) : null, reader.GetString(7), Text(8),
                [.. Split(Text(9)).Select(StateCode.Parse)], Text(10), Split(Text(11)), reader.GetString(12), Text(13)));
        }
        return events;
    }

    public static List<SummitFormat> Formats(Database db)
    {
        var list = new List<SummitFormat>();
        using var command = db.Command("LoadFormats");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new SummitFormat(FormatId.Parse(reader.GetString(0)), reader.GetString(1),
                [.. Split(reader.IsDBNull(2) ? null : reader.GetString(2)).Select(StateCode.Parse)], reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return list;
    }

    private static List<string> Split(string? text) => text is null ? [] : [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries)];

    private static DatePrecision Precision(string text) => text switch
    {
        "day" => DatePrecision.Day,
        "month" => DatePrecision.Month,
        _ => DatePrecision.Year,
    };

    private static TimelineEventKind Kind(string text) => text switch
    {
        "summit" => TimelineEventKind.Summit,
        "signature" => TimelineEventKind.Signature,
        _ => TimelineEventKind.Ratification,
    };

    private static MeetingLevel MeetingLevelOf(string text) => text == "heads-of-state" ? MeetingLevel.HeadsOfState : MeetingLevel.ForeignMinisters;
}
