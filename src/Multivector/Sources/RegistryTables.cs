using Multivector.Registry;
using System.Security.Cryptography;
using Multivector.Model;
using Multivector.Sources;

namespace Multivector.Sources;

/// <summary>
/// The bundled registry of ties (data/registry/: formats.csv, summits.csv, treaties.csv, treaty-parties.csv),
/// read with the same checks as any import: every state code must be one the store knows, every date a
/// date, every format and treaty a listed one, and every row has a source URL.
/// </summary>
internal sealed record RegistryTables(
    IReadOnlyList<SummitFormat> Formats,
    IReadOnlyList<Summit> Summits,
    IReadOnlyList<Treaty> Treaties,
    IReadOnlyList<TreatyParty> Parties)
{
    public static readonly string[] Files = ["formats.csv", "summits.csv", "treaties.csv", "treaty-parties.csv"];

    public static RegistryTables Read(string folder, StateDirectory states)
    {
        var formats = ReadFormats(Path.Combine(folder, "formats.csv"), states);
        var known = formats.Select(f => f.Id).ToHashSet();
        var summits = ReadSummits(Path.Combine(folder, "summits.csv"), states, known);
        var treaties = ReadTreaties(Path.Combine(folder, "treaties.csv"), known, summits.Select(s => s.Id).ToHashSet());
        var parties = ReadParties(Path.Combine(folder, "treaty-parties.csv"), states, treaties.Select(t => t.Id).ToHashSet());
        return new RegistryTables(formats, summits, treaties, parties);
    }

    /// <summary>A hash of the four files, so a store reloads the registry when the bundled files change.</summary>
    public static string Fingerprint(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static List<SummitFormat> ReadFormats(string path, StateDirectory states)
    {
        using var csv = CsvInput.Open(path, ["id", "name", "partners", "note"]);
        int id = csv.Column("id"), name = csv.Column("name"), partners = csv.Column("partners"), note = csv.Column("note");
        var list = new List<SummitFormat>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var format = Format(csv, line, row[id].ToString());
            if (list.Any(f => f.Id == format)) throw csv.Error(line, $"format {format} is listed twice: expected one row per format.");
            list.Add(new SummitFormat(format, Required(csv, line, "name", row[name].Span),
                Codes(csv, line, "partners", row[partners].ToString(), states), Fields.Text(row[note].Span)));
        }
        return list;
    }

    private static List<Summit> ReadSummits(string path, StateDirectory states, HashSet<FormatId> formats)
    {
        using var csv = CsvInput.Open(path, ["id", "date", "precision", "format", "level", "title", "place", "host", "states", "participants", "documents", "source", "note", "description"]);
        int id = csv.Column("id"), date = csv.Column("date"), precision = csv.Column("precision"), format = csv.Column("format"),
            level = csv.Column("level"), title = csv.Column("title"), place = csv.Column("place"), host = csv.Column("host"),
            codes = csv.Column("states"), participants = csv.Column("participants"), documents = csv.Column("documents"),
            source = csv.Column("source"), note = csv.Column("note"), description = csv.Column("description");
        var list = new List<Summit>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var summit = Id(csv, line, "id", row[id].ToString());
            if (list.Any(s => s.Id == summit)) throw csv.Error(line, $"summit {summit} is listed twice: expected one row per summit.");
            var when = Date(csv, line, "date", row[date].ToString()) ?? throw csv.Error(line, "column 'date' is empty: expected YYYY-MM-DD, YYYY-MM or YYYY.");
            var stated = row[precision].ToString().Trim();
            if (!string.Equals(stated, Name(when.Precision), StringComparison.Ordinal))
                throw csv.Error(line, $"column 'precision' is '{Fields.Show(stated)}' but the date {when} is known to the {Name(when.Precision)}: expected '{Name(when.Precision)}'.");
            var ofFormat = Format(csv, line, row[format].ToString());
            if (!formats.Contains(ofFormat)) throw csv.Error(line, $"format '{ofFormat}' is not in formats.csv: expected one of {string.Join(", ", formats)}.");
            var who = Codes(csv, line, "states", row[codes].ToString(), states);
            if (who.Count == 0) throw csv.Error(line, "column 'states' is empty: expected the codes of the states that took part, such as USA;KAZ;KGZ;TJK;TKM;UZB.");
            StateCode? hostState = Fields.IsMissing(row[host].Span) ? null : Codes(csv, line, "host", row[host].ToString(), states).Single();
            if (hostState is { } h && !who.Contains(h)) throw csv.Error(line, $"host {h} is not among the states that took part: expected it in column 'states'.");
            list.Add(new Summit(summit, when, ofFormat, Level(csv, line, row[level].ToString()),
                Required(csv, line, "title", row[title].Span), Required(csv, line, "place", row[place].Span), hostState, who,
                Required(csv, line, "participants", row[participants].Span), Documents(csv, line, row[documents].ToString()),
                Source(csv, line, row[source].ToString()), Fields.Text(row[note].Span), Required(csv, line, "description", row[description].Span)));
        }
        return list;
    }

    private static List<Treaty> ReadTreaties(string path, HashSet<FormatId> formats, HashSet<string> summits)
    {
        using var csv = CsvInput.Open(path, ["id", "title", "short_title", "format", "summit", "place", "source", "note"]);
        int id = csv.Column("id"), title = csv.Column("title"), shortTitle = csv.Column("short_title"), format = csv.Column("format"),
            summit = csv.Column("summit"), place = csv.Column("place"), source = csv.Column("source"), note = csv.Column("note");
        var list = new List<Treaty>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var treaty = Id(csv, line, "id", row[id].ToString());
            if (list.Any(t => t.Id == treaty)) throw csv.Error(line, $"treaty {treaty} is listed twice: expected one row per treaty.");
            var ofFormat = Format(csv, line, row[format].ToString());
            if (!formats.Contains(ofFormat)) throw csv.Error(line, $"format '{ofFormat}' is not in formats.csv: expected one of {string.Join(", ", formats)}.");
            var at = Fields.Text(row[summit].Span);
            if (at is not null && !summits.Contains(at)) throw csv.Error(line, $"summit '{Fields.Show(at)}' is not in summits.csv: expected a summit id or nothing.");
            list.Add(new Treaty(treaty, Required(csv, line, "title", row[title].Span), Required(csv, line, "short_title", row[shortTitle].Span),
                ofFormat, at, Fields.Text(row[place].Span), Source(csv, line, row[source].ToString()), Fields.Text(row[note].Span)));
        }
        return list;
    }

    private static List<TreatyParty> ReadParties(string path, StateDirectory states, HashSet<string> treaties)
    {
        using var csv = CsvInput.Open(path, ["treaty", "state", "signed", "ratified", "source", "note"]);
        int treaty = csv.Column("treaty"), state = csv.Column("state"), signed = csv.Column("signed"), ratified = csv.Column("ratified"),
            source = csv.Column("source"), note = csv.Column("note");
        var list = new List<TreatyParty>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var of = row[treaty].ToString().Trim();
            if (!treaties.Contains(of)) throw csv.Error(line, $"treaty '{Fields.Show(of)}' is not in treaties.csv: expected one of {string.Join(", ", treaties)}.");
            var party = Codes(csv, line, "state", row[state].ToString(), states) is [var one] ? one
                : throw csv.Error(line, $"column 'state' is '{Fields.Show(row[state].Span)}': expected one state code.");
            if (list.Any(p => p.Treaty == of && p.State == party)) throw csv.Error(line, $"{party} is listed twice for {of}: expected one row per state and treaty.");
            var signedOn = Date(csv, line, "signed", row[signed].ToString());
            var ratifiedOn = Date(csv, line, "ratified", row[ratified].ToString());
            if (ratifiedOn is { } r && (signedOn is not { } s || r.End < s.Start))
                throw csv.Error(line, $"{party} ratified {of} on {r} without a signature before it: expected a signature date no later than the ratification.");
            list.Add(new TreatyParty(of, party, signedOn, ratifiedOn, Source(csv, line, row[source].ToString()), Fields.Text(row[note].Span)));
        }
        return list;
    }

    internal static string Name(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    internal static string Name(MeetingLevel level) => level == MeetingLevel.HeadsOfState ? "heads-of-state" : "foreign-ministers";

    private static MeetingLevel Level(CsvInput csv, long line, string text) => text.Trim() switch
    {
        "heads-of-state" => MeetingLevel.HeadsOfState,
        "foreign-ministers" => MeetingLevel.ForeignMinisters,
        _ => throw csv.Error(line, $"column 'level' is '{Fields.Show(text)}': expected heads-of-state or foreign-ministers."),
    };

    private static PartialDate? Date(CsvInput csv, long line, string column, string text) =>
        Fields.IsMissing(text) ? null
        : PartialDate.TryParse(text, out var d) ? d
        : throw csv.Error(line, $"column '{column}' is '{Fields.Show(text)}': expected a date as YYYY-MM-DD, YYYY-MM or YYYY.");

    private static FormatId Format(CsvInput csv, long line, string text) =>
        FormatId.TryParse(text, out var f) ? f : throw csv.Error(line, $"'{Fields.Show(text)}' is not a format id: expected letters, digits, '+' or '-', such as C5+1.");

    /// <summary>State codes separated by ';', each one the store knows. Two-letter codes are refused on purpose: KZ/KG/TJ are for people to read, not for the registry.</summary>
    private static List<StateCode> Codes(CsvInput csv, long line, string column, string text, StateDirectory states)
    {
        var list = new List<StateCode>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StateCode.TryParse(part, out var code) || !states.Contains(code))
                throw csv.Error(line, $"'{Fields.Show(part)}' in column '{column}' is not a state the store knows: expected three-letter codes such as KAZ, separated by ';' (see data/states.csv).");
            if (list.Contains(code)) throw csv.Error(line, $"{code} appears twice in column '{column}': expected each state once.");
            list.Add(code);
        }
        return list;
    }

    private static List<string> Documents(CsvInput csv, long line, string text)
    {
        var list = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                throw csv.Error(line, $"document '{Fields.Show(part)}' in column 'documents': expected identifiers like file names (letters, digits, '-', '_', '.'), separated by ';'.");
            list.Add(part);
        }
        return list;
    }

    private static string Id(CsvInput csv, long line, string column, string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '+')
            ? t
            : throw csv.Error(line, $"column '{column}' is '{Fields.Show(text)}': expected an id of lower-case letters, digits, '-', '_' or '+'.");
    }

    private static string Source(CsvInput csv, long line, string text)
    {
        var parts = text.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !parts.All(p => p.StartsWith("https://", StringComparison.Ordinal) || p.StartsWith("http://", StringComparison.Ordinal)))
            throw csv.Error(line, $"column 'source' is '{Fields.Show(text)}': expected one or more URLs separated by ' ; '.");
        return string.Join(" ; ", parts);
    }

    private static string Required(CsvInput csv, long line, string column, ReadOnlySpan<char> text) =>
        Fields.Text(text) ?? throw csv.Error(line, $"column '{column}' is empty: expected text.");
}
