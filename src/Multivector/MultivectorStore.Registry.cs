using Multivector.Sources;
using Multivector.Model;
using Multivector.Registry;
using Multivector.Reports;
using Multivector.Store;

namespace Multivector;

public sealed partial class MultivectorStore
{
    private IReadOnlyList<SummitFormat>? _formats;

    /// <summary>The summit formats the registry knows (C5, C5+1, C5+China, ...).</summary>
    public IReadOnlyList<SummitFormat> Formats
    {
        get
        {
            if (Volatile.Read(ref _formats) is { } loaded) return loaded;
            lock (_gate) return _formats ??= LoadFormats();
        }
    }

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
        RequireRegistry();
        var events = TimelineQueries.Events(_db, query);
        return new TimelineReport(query, Describe(query), events);
    }

    /// <summary>Loads the bundled registry into a writable store when the store lacks it or the files have changed since.</summary>
    private bool SeedRegistry()
    {
        var fingerprint = RegistryTables.Fingerprint(Bundle.Registry);
        if (Meta.Get(_db, RegistrySeed.MetaKey) == fingerprint) return false;
        RegistrySeed.Apply(_db, RegistryTables.Read(Bundle.Registry, States), fingerprint);
        _formats = null;
        return true;
    }

    private List<SummitFormat> LoadFormats()
    {
        RequireRegistry();
        return TimelineQueries.Formats(_db);
    }

    // Readers open stores read-only, so a store from before the registry cannot seed itself here.
    private void RequireRegistry()
    {
        if (!TimelineQueries.Present(_db))
            throw new MultivectorException($"This store has no registry of ties yet (it was built by an older version): open it once for writing, for example with an import, or delete {Path} to rebuild it.");
    }

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
