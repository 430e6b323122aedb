using Multivector.Model;
using nietras.SeparatedValues;

namespace Multivector.Sources;

/// <summary>
/// Reads Voeten's Harvard Dataverse <c>UNVotes</c> CSV (hdl:1902.1/12379): one row per state and roll call,
/// with the roll call's columns repeated on every row. Unlike the unvotes packaging it keeps absences (8) and
/// non-membership (9). Absences are stored; non-membership rows are skipped, because who was a member comes
/// from the membership table. The rcids are Voeten's, as in the unvotes triple, so the source is "voeten"
/// and importing Voeten in both formats adds each roll call once.
/// </summary>
internal static class DataverseReader
{
    public static readonly string[] Columns =
    [
        "rcid", "ccode", "member", "vote", "Country", "Countryname", "year", "session", "abstain", "yes", "no", "importantvote",
        "date", "unres", "amend", "para", "short", "descr", "me", "nu", "di", "hr", "co", "ec",
    ];

    /// <summary>What describes the roll call rather than the vote, and so must be the same on all its rows.</summary>
    private static readonly string[] RollCallColumns =
        ["session", "date", "unres", "importantvote", "amend", "para", "short", "descr", "yes", "no", "abstain", "me", "nu", "di", "hr", "co", "ec"];

    public static ImportBatch Read(string path, StateDirectory states, IProgress<double>? progress = null)
    {
        var batch = new ImportBatch("dataverse", "voeten", [path]);
        using var csv = CsvInput.Open(path, Columns);
        int rcid = csv.Column("rcid"), ccode = csv.Column("ccode"), vote = csv.Column("vote"), country = csv.Column("Country"), name = csv.Column("Countryname");
        var repeated = new RepeatedColumns(csv, "rcid", RollCallColumns);
        var seen = new Dictionary<(long, StateCode), long>();
        var n = 0;
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var id = Fields.RollCallId(csv, line, "rcid", row[rcid].Span);
            if (repeated.IsFirst(id, line, row)) ReadRollCall(csv, line, row, id, batch);
            var v = row[vote].Span.Trim() switch
            {
                "1" => Vote.Yes,
                "2" => Vote.Abstain,
                "3" => Vote.No,
                "8" => Vote.Absent,
                "9" => Vote.NonMember,
                var other => throw csv.Error(line, $"column 'vote' is '{Fields.Show(other)}': expected 1 (yes), 2 (abstain), 3 (no), 8 (absent) or 9 (not a member)."),
            };
            var code = Fields.Int(csv, line, "ccode", row[ccode].Span);
            if (v != Vote.NonMember)
            {
                if (!states.TryCow(code, out var state))
                {
                    throw csv.Error(line,
                        $"unknown state: ccode {code} (Country '{Fields.Show(row[country].Span)}', Countryname '{Fields.Show(row[name].Span)}'): expected a Correlates of War code listed in data/states.csv (column cow) or as a cow alias in data/state-aliases.csv.");
                }
                if (!seen.TryAdd((id, state), line))
                    throw csv.Error(line, $"{state} votes twice on rcid {id} (also on line {seen[(id, state)]}): expected one vote per state and roll call.");
                batch.Votes.Add(id, state, v);
            }
            if ((++n & 0xFFFF) == 0) progress?.Report(csv.Fraction);
        }
        if (batch.RollCalls.Count == 0) throw new ImportException(path, 2, "no rows: expected at least one vote row after the header.");
        progress?.Report(1);
        return batch;
    }

    private static void ReadRollCall(CsvInput csv, long line, SepReader.Row row, long id, ImportBatch batch)
    {
        var session = Fields.Session(csv, line, "session", Fields.Int(csv, line, "session", row["session"].Span));
        if (session < 1) throw csv.Error(line, $"session {session}: expected a session number from 1.");
        var title = Fields.Text(row["short"].Span);
        var description = Fields.Text(row["descr"].Span);
        batch.RollCalls.Add(new SourceRollCall(
            id, session, Fields.VoteDate(csv, line, "date", row["date"].Span),
            Symbols.Normalise(Fields.Text(row["unres"].Span), session),
            title ?? description ?? "(untitled)", description,
            Fields.Flag(csv, line, "amend", row["amend"].Span),
            Fields.Flag(csv, line, "para", row["para"].Span),
            Fields.Flag(csv, line, "importantvote", row["importantvote"].Span),
            Tally(csv, line, row["yes"].Span, row["no"].Span, row["abstain"].Span),
            line));
        foreach (var issue in IssueCodes.Every)
        {
            if (Fields.Flag(csv, line, issue.Code(), row[issue.Code()].Span) == true) batch.Issues.Add((id, issue));
        }
    }

    private static Tally? Tally(CsvInput csv, long line, ReadOnlySpan<char> yes, ReadOnlySpan<char> no, ReadOnlySpan<char> abstain)
    {
        var (y, n, a) = (Fields.OptionalCount(csv, line, "yes", yes), Fields.OptionalCount(csv, line, "no", no), Fields.OptionalCount(csv, line, "abstain", abstain));
        if (y is null && n is null && a is null) return null;
        if (y is null || n is null || a is null) throw csv.Error(line, "the tally is incomplete: expected yes, no and abstain all given or all empty.");
        return new Tally(y.Value, n.Value, a.Value, NonVoting: null);
    }
}
