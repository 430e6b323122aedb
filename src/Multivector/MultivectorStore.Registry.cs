using DuckDB.NET.Data;
using Multivector.Model;
using Multivector.Registry;
using Multivector.Reports;
using Multivector.Store;

namespace Multivector;

public sealed partial class MultivectorStore
{
    private IReadOnlyList<SummitFormat>? _formats;

    /// <summary>The summit formats the registry knows (C5, C5+1, C5+China, ...).</summary>
    public IReadOnlyList<SummitFormat> Formats => _formats ??= LoadFormats();

    /// <summary>A format by its id in any case ("c5+1"), or by a word of its name that picks exactly one ("china").</summary>
    public FormatId ResolveFormat(string text)
    {
        var t = text.Trim();
        var byId = Formats.FirstOrDefault(f => string.Equals(f.Id.Value, t, StringComparison.OrdinalIgnoreCase));
        if (byId is not null) return byId.Id;
        var byName = Formats.Where(f => t.Length > 0 && f.Name.Contains(t, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1) return byName[0].Id;
        throw MultivectorException.NotFound($"Unknown format '{text}': expected one of {string.Join(", ", Formats.Select(f => f.Id))}.");
    }

    /// <summary>Summits, treaty signatures and ratifications, filtered by state, format and dates, oldest first unless asked.</summary>
    public TimelineReport Timeline(TimelineQuery query)
    {
        if (query.State is { } s) State(s);
        if (query.Format is { } f && !Formats.Any(x => x.Id == f))
            throw MultivectorException.NotFound($"Unknown format '{f}': expected one of {string.Join(", ", Formats.Select(x => x.Id))}.");
        if (query.From > query.To) throw MultivectorException.BadRequest($"The range {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd} ends before it starts: expected a start no later than the end.");
        var events = new List<TimelineEvent>();
        try
        {
            using var command = _db.Command("Timeline", ("state", query.State?.Value), ("format", query.Format?.Value),
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
        }
        catch (DuckDBException e) when (e.Message.Contains("summit", StringComparison.OrdinalIgnoreCase))
        {
            throw NoRegistry(e);
        }
        return new TimelineReport(query, Describe(query), events);
    }

    /// <summary>Loads the bundled registry into a writable store when the store lacks it or the files have changed since.</summary>
    private bool SeedRegistry()
    {
        var fingerprint = RegistryTables.Fingerprint(Bundle.Registry);
        if (_db.Scalar<string?>("MetaGet", ("key", RegistrySeed.MetaKey)) == fingerprint) return false;
        RegistrySeed.Apply(_db, RegistryTables.Read(Bundle.Registry, States), fingerprint);
        _formats = null;
        return true;
    }

    private List<SummitFormat> LoadFormats()
    {
        var list = new List<SummitFormat>();
        try
        {
            using var command = _db.Command("LoadFormats");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(new SummitFormat(FormatId.Parse(reader.GetString(0)), reader.GetString(1),
                    [.. Split(reader.IsDBNull(2) ? null : reader.GetString(2)).Select(StateCode.Parse)], reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }
        catch (DuckDBException e) when (e.Message.Contains("summit", StringComparison.OrdinalIgnoreCase))
        {
            throw NoRegistry(e);
        }
        return list;
    }

    // Readers open stores read-only, so a store from before the registry cannot seed itself here.
    private MultivectorException NoRegistry(DuckDBException e) =>
        new($"This store has no registry of ties yet (it was built by an older version): open it once for writing, for example with an import, or delete {Path} to rebuild it. ({e.Message})", e);

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

    private static string Describe(TimelineQuery q)
    {
        var parts = new List<string>();
        if (q.State is { } s) parts.Add($"with {s}");
        if (q.Format is { } f) parts.Add($"format {f}");
        if (q.From is not null || q.To is not null) parts.Add($"dates {q.From?.ToString("yyyy-MM-dd") ?? "…"} to {q.To?.ToString("yyyy-MM-dd") ?? "…"}");
        parts.Add(q.NewestFirst ? "newest first" : "oldest first");
        return string.Join("; ", parts);
    }
}
