using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Multivector.Model;

namespace Multivector.Sources;

/// <summary>A voting record that failed its checks: skipped and reported by its id, never half-stored.</summary>
public sealed record SkippedRecord(long? RecordId, string File, string Reason);

/// <summary>
/// Reads the UN Digital Library's MARCXML answers (the "Voting Data" collection searched with of=xm) into an
/// import batch: one roll call per &lt;record&gt;, one vote per 967 field. The fields are those of
/// docs/importers.md ("MARCXML"): 001 id, 245 title, 269 date, 791 symbol and session, 996 tally, 967 votes.
/// </summary>
/// <remarks>
/// A whole answer that is not well-formed XML (a truncated download) is refused with its file and line. A
/// record that parses but fails a check (votes counted against its 996 tally, a code the store does not know,
/// no date or symbol) is skipped and reported by its id, so one bad record does not stop an update.
/// Non-voting members (a 967 without $d, or with an empty one) are stored as absent.
/// </remarks>
internal static class MarcXmlReader
{
    private static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";
    private static readonly string[] TitleParts = ["a", "b", "c"];

    /// <summary>Reads one answer, or every *.xml file in a folder (the pages an update downloaded), in name order.</summary>
    public static (ImportBatch Batch, List<SkippedRecord> Skipped) Read(string path, StateDirectory states)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.xml").Order(StringComparer.Ordinal).ToList()
            : [path];
        if (files.Count == 0) throw new ImportException(path, null, "the folder holds no .xml pages: expected MARCXML answers.");
        var batch = new ImportBatch("undl-marcxml", "undl", files);
        var skipped = new List<SkippedRecord>();
        var seen = new HashSet<long>();
        foreach (var file in files)
        {
            foreach (var record in Records(file))
            {
                var outcome = ReadRecord(record, states, batch, seen);
                if (outcome is not null) skipped.Add(new SkippedRecord(outcome.Value.Id, Path.GetFileName(file), outcome.Value.Reason));
            }
        }
        return (batch, skipped);
    }

    /// <summary>The &lt;record&gt; elements of an answer; malformed XML names the file and line.</summary>
    internal static List<XElement> Records(string file)
    {
        XDocument document;
        try
        {
            using var stream = File.OpenRead(file);
            document = XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ImportException(file, e.LineNumber, $"the MARCXML answer is not well-formed ({e.Message}): expected a complete <collection> of <record> elements (was the download cut short?).", e);
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "collection")
            throw new ImportException(file, 1, $"the root element is <{root?.Name.LocalName}>: expected a MARCXML <collection>.");
        return [.. root.Elements().Where(e => e.Name.LocalName == "record")];
    }

    /// <summary>The total the library reports in the comment it puts before the records, when it does.</summary>
    internal static int? TotalHits(string text)
    {
        const string Marker = "Search-Engine-Total-Number-Of-Results:";
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var digits = new string([.. text[(at + Marker.Length)..].SkipWhile(char.IsWhiteSpace).TakeWhile(char.IsAsciiDigit)]);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static (long? Id, string Reason)? ReadRecord(XElement record, StateDirectory states, ImportBatch batch, HashSet<long> seen)
    {
        var idText = Control(record, "001");
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1 || id > Fields.MaxRollCallId)
            return (null, $"controlfield 001 is '{idText}': expected a record id from 1 to {Fields.MaxRollCallId:N0}");
        var votes = record.Elements(Marc + "datafield").Where(f => (string?)f.Attribute("tag") == "967").ToList();
        if (votes.Count == 0) return (id, "no 967 fields: not a voting record");
        if (!seen.Add(id)) return (id, "the record appears twice in the answer");
        var dateText = Sub(record, "269", "a");
        if (dateText is null || dateText.Length < 10
            || !DateOnly.TryParseExact(dateText[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (id, $"269 $a is '{dateText}': expected the date of the vote as YYYY-MM-DD");
        var latest = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        if (date < Fields.FirstPossibleVote || date > latest) return (id, $"the date {date:yyyy-MM-dd} is outside {Fields.FirstPossibleVote:yyyy-MM-dd} to {latest:yyyy-MM-dd}");
        var symbol = Sub(record, "791", "a");
        if (string.IsNullOrWhiteSpace(symbol)) return (id, "791 $a is missing: expected the resolution symbol");
        var session = Session(Sub(record, "791", "c"), symbol, date);
        if (session is null) return (id, $"791 $c is '{Sub(record, "791", "c")}': expected a session such as 80 or 10emsp");
        var title = string.Join(' ', TitleParts.Select(c => Sub(record, "245", c)).Where(t => !string.IsNullOrWhiteSpace(t))).Trim();
        var tally = Tally(record);
        var cast = new List<(StateCode State, Vote Vote)>();
        var held = new HashSet<StateCode>();
        foreach (var field in votes)
        {
            var code = SubOf(field, "c")?.Trim();
            var name = SubOf(field, "e")?.Trim();
            if (string.IsNullOrEmpty(code) || !states.TryUndl(code, out var state))
                return (id, $"967 names the state '{code ?? ""}' ({name}): expected an ISO alpha-3 code the store knows");
            if (!held.Add(state)) return (id, $"{state} votes twice");
            Vote? vote = SubOf(field, "d")?.Trim() switch
            {
                "Y" => Vote.Yes,
                "N" => Vote.No,
                "A" => Vote.Abstain,
                null or "" => Vote.Absent,
                _ => null,
            };
            if (vote is null) return (id, $"{state}'s vote (967 $d) is '{SubOf(field, "d")}': expected Y, N, A or none (non-voting)");
            cast.Add((state, vote.Value));
        }
        if (tally is null) return (id, "996 lacks the tally ($b yes, $c no, $d abstentions): expected it, to check the votes against");
        var counted = (Yes: cast.Count(v => v.Vote == Vote.Yes), No: cast.Count(v => v.Vote == Vote.No), Abstain: cast.Count(v => v.Vote == Vote.Abstain), Absent: cast.Count(v => v.Vote == Vote.Absent));
        if (counted.Yes != tally.Yes || counted.No != tally.No || counted.Abstain != tally.Abstain || (tally.NonVoting is int nv && nv != counted.Absent))
        {
            return (id, $"the votes count {counted.Yes}–{counted.No}–{counted.Abstain} with {counted.Absent} non-voting, but 996 says "
                + $"{tally.Yes}–{tally.No}–{tally.Abstain}" + (tally.NonVoting is int n ? $" with {n} non-voting" : ""));
        }
        batch.RollCalls.Add(new SourceRollCall(id, session.Value, date, Symbols.Normalise(symbol.Trim(), session.Value), title.Length == 0 ? symbol.Trim() : title,
            Description: null, IsAmendment: false, IsParagraph: false, IsImportant: null, tally, Line: (record as IXmlLineInfo).LineNumber));
        foreach (var (state, vote) in cast) batch.Votes.Add(id, state, vote);
        return null;
    }

    /// <summary>"80" is regular session 80; "10emsp" (emergency special) and "27sp" (special) take the regular session running on the date.</summary>
    private static int? Session(string? text, string symbol, DateOnly date)
    {
        var t = text?.Trim() ?? "";
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var regular) && regular >= 1) return regular;
        if (t.EndsWith("emsp", StringComparison.Ordinal) || t.EndsWith("sp", StringComparison.Ordinal) || symbol.Contains("/ES-", StringComparison.Ordinal))
            return UndlReader.RegularSession(date);
        return null;
    }

    private static Tally? Tally(XElement record)
    {
        int? Count(string code) => int.TryParse(Sub(record, "996", code), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return Count("b") is int yes && Count("c") is int no && Count("d") is int abstain ? new Tally(yes, no, abstain, Count("e")) : null;
    }

    private static string? Control(XElement record, string tag) =>
        record.Elements(Marc + "controlfield").FirstOrDefault(f => (string?)f.Attribute("tag") == tag)?.Value.Trim();

    private static string? Sub(XElement record, string tag, string code) =>
        record.Elements(Marc + "datafield").Where(f => (string?)f.Attribute("tag") == tag).Select(f => SubOf(f, code)).FirstOrDefault(v => v is not null);

    private static string? SubOf(XElement field, string code) =>
        field.Elements(Marc + "subfield").FirstOrDefault(s => (string?)s.Attribute("code") == code)?.Value;
}
