using System.Globalization;
using Multivector.Model;
using nietras.SeparatedValues;

namespace Multivector.Sources;

/// <summary>
/// Reads the UN Digital Library's <em>General Assembly Voting Data</em> CSV (record 4060887, the 2025 and
/// later layout): one row per member state and resolution, the resolution's columns repeated on each row,
/// grouped by <c>undl_id</c>. It holds only resolutions adopted by a recorded vote: no amendments, no
/// separate paragraphs, no drafts that failed.
/// </summary>
/// <remarks>
/// <para>Votes: Y, N and A are yes, no and abstain; X (non-voting; version 1 of the file wrote NV) is a
/// member that did not vote, stored as absent. An empty <c>ms_vote</c> records no vote, so the row adds
/// nothing and its state is not looked up.</para>
/// <para>Sessions: the store numbers every roll call by regular session, but UNDL writes "ES-11" or "S-27"
/// for emergency special and special sessions. Those take the regular session running on their date
/// (<see cref="RegularSession"/>).</para>
/// </remarks>
internal static class UndlReader
{
    public static readonly string[] Columns =
    [
        "undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "title",
        "total_yes", "total_no", "total_abstentions", "total_non_voting",
    ];

    /// <summary>What describes the resolution rather than the vote, and so must be the same on all its rows.</summary>
    private static readonly string[] RollCallColumns =
        ["date", "session", "resolution", "title", "total_yes", "total_no", "total_abstentions", "total_non_voting"];

    public static ImportBatch Read(string path, StateDirectory states, IProgress<double>? progress = null)
    {
        var batch = new ImportBatch("undl", "undl", [path]);
        using var csv = CsvInput.Open(path, Columns);
        int undlId = csv.Column("undl_id"), msCode = csv.Column("ms_code"), msName = csv.Column("ms_name"), msVote = csv.Column("ms_vote");
        var repeated = new RepeatedColumns(csv, "undl_id", RollCallColumns);
        var seen = new Dictionary<(long, StateCode), long>();
        var n = 0;
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var id = Fields.RollCallId(csv, line, "undl_id", row[undlId].Span);
            if (repeated.IsFirst(id, line, row)) batch.RollCalls.Add(ReadRollCall(csv, line, row, id));
            Vote? v = row[msVote].Span.Trim() switch
            {
                "Y" => Vote.Yes,
                "N" => Vote.No,
                "A" => Vote.Abstain,
                "X" or "NV" => Vote.Absent,
                "" => null,
                var other => throw csv.Error(line, $"column 'ms_vote' is '{Fields.Show(other)}': expected Y, N, A, X or NV (non-voting), or empty for no vote recorded."),
            };
            if (v is Vote vote)
            {
                var code = row[msCode].ToString();
                if (!states.TryUndl(code, out var state))
                {
                    throw csv.Error(line,
                        $"unknown state: ms_code '{Fields.Show(code)}' (ms_name '{Fields.Show(row[msName].Span)}'): expected a member-state code listed in data/states.csv or as an undl alias in data/state-aliases.csv.");
                }
                if (!seen.TryAdd((id, state), line))
                    throw csv.Error(line, $"{state} votes twice on undl_id {id} (also on line {seen[(id, state)]}): expected one vote per state and resolution.");
                batch.Votes.Add(id, state, vote);
            }
            if ((++n & 0xFFFF) == 0) progress?.Report(csv.Fraction);
        }
        if (batch.RollCalls.Count == 0) throw new ImportException(path, 2, "no rows: expected at least one vote row after the header.");
        progress?.Report(1);
        return batch;
    }

    private static SourceRollCall ReadRollCall(CsvInput csv, long line, SepReader.Row row, long id)
    {
        var date = Fields.VoteDate(csv, line, "date", row["date"].Span);
        var session = Session(csv, line, row["session"].Span, date);
        var resolution = Fields.Text(row["resolution"].Span);
        return new SourceRollCall(
            id, session, date, Symbols.Normalise(resolution, session),
            Fields.Text(row["title"].Span) ?? resolution ?? "(untitled)", Description: null,
            IsAmendment: false, IsParagraph: false, IsImportant: null,
            Tally(csv, line, row), line);
    }

    /// <summary>A regular session's number as written, or the regular session running when a special one voted.</summary>
    private static int Session(CsvInput csv, long line, ReadOnlySpan<char> text, DateOnly date)
    {
        var t = text.Trim();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var session) && session >= 1) return Fields.Session(csv, line, "session", session);
        var number = t.StartsWith("ES-", StringComparison.Ordinal) ? t[3..] : t.StartsWith("S-", StringComparison.Ordinal) ? t[2..] : [];
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var special) && special >= 1) return RegularSession(date);
        throw csv.Error(line, $"column 'session' is '{Fields.Show(text)}': expected a session number such as 79, or a special session such as ES-11 or S-27.");
    }

    /// <summary>
    /// Regular session n opens in September of the year 1945 + n, so a date from September on falls in session
    /// year − 1945 and an earlier one in year − 1946 (1946 itself is all session 1, which opened in January).
    /// The opening is in mid-September, so a vote in the first days of September, before it, would be given the
    /// next session's number.
    /// </summary>
    internal static int RegularSession(DateOnly date) => Math.Max(1, date.Year - (date.Month >= 9 ? 1945 : 1946));

    private static Tally? Tally(CsvInput csv, long line, SepReader.Row row)
    {
        var yes = Fields.OptionalCount(csv, line, "total_yes", row["total_yes"].Span);
        var no = Fields.OptionalCount(csv, line, "total_no", row["total_no"].Span);
        var abstain = Fields.OptionalCount(csv, line, "total_abstentions", row["total_abstentions"].Span);
        var nonVoting = Fields.OptionalCount(csv, line, "total_non_voting", row["total_non_voting"].Span);
        if (yes is null && no is null && abstain is null && nonVoting is null) return null;
        if (yes is null || no is null || abstain is null)
            throw csv.Error(line, "the tally is incomplete: expected total_yes, total_no and total_abstentions all given or all empty.");
        return new Tally(yes.Value, no.Value, abstain.Value, nonVoting);
    }
}
