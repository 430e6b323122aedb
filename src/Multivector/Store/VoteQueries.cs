using Multivector.Model;
using Multivector.Reports;
using Multivector.Sources;
using Multivector.Votes;

namespace Multivector.Store;

/// <summary>Roll calls and votes: the vote matrix behind every measure, roll-call search, and one roll call's votes.</summary>
internal static class VoteQueries
{
    /// <summary>
    /// Every state's vote on every roll call the selection picks. Cells the source left empty are absent for
    /// members on the date and non-member otherwise; roll calls are ordered by session, then date.
    /// </summary>
    public static VoteMatrix Matrix(Database db, IReadOnlyList<State> states, Selection selection)
    {
        var parameters = Parameters(selection);
        var rollCalls = new List<long>();
        var sessions = new List<int>();
        var dates = new List<DateOnly>();
        using (var command = db.Command("SelectRollCalls", parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rollCalls.Add(reader.GetInt64(0));
                sessions.Add(reader.GetInt32(1));
                dates.Add(DateOnly.FromDateTime(reader.GetDateTime(2)));
            }
        }
        var width = rollCalls.Count;
        var cells = new byte[states.Count * width];
        for (var s = 0; s < states.Count; s++)
        {
            var memberships = states[s].Memberships;
            var row = cells.AsSpan(s * width, width);
            for (var c = 0; c < width; c++)
            {
                var d = dates[c];
                var member = false;
                foreach (var m in memberships) member |= m.Covers(d);
                row[c] = (byte)(member ? Vote.Absent : Vote.NonMember);
            }
        }
        using (var command = db.Command("SelectVotes", ("rcids", rollCalls), ("codes", states.Select(s => s.Code.Value).ToList())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) cells[reader.GetInt32(0)] = reader.GetByte(1);
        }
        return new VoteMatrix(states, rollCalls, sessions, dates, cells);
    }

    private static (string, object?)[] Parameters(Selection s) =>
    [
        ("from_session", s.FromSession), ("to_session", s.ToSession),
        ("from_year", s.FromYear), ("to_year", s.ToYear),
        ("important_only", s.ImportantOnly), ("exclude_amendments", s.ExcludeAmendments),
        ("issues", s.Issues.Count == 0 ? null : string.Join(",", s.Issues.Select(i => i.Code()))),
        ("exclude_unanimous", s.ExcludeUnanimous),
    ];

    /// <summary>Roll calls matching a search, newest first, up to the limit; <paramref name="matches"/> counts them all.</summary>
    public static List<KeyVote> FindRollCalls(Database db, VoteQuery query, string? series, out int matches)
    {
        var found = new List<KeyVote>();
        matches = 0;
        using (var command = db.Command("FindRollCalls",
            ("symbol", Symbols.Key(query.Symbol)), ("prefix", series is null ? null : $"A/RES/{series}/"), ("words", string.IsNullOrWhiteSpace(query.Words) ? null : query.Words.Trim()),
            ("issue", query.Issue?.Code()), ("from_date", query.From), ("to_date", query.To), ("session", query.Session),
            ("important_only", query.ImportantOnly), ("limit", query.Limit)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                int? Int(int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);
                var official = Int(7) is int y && Int(8) is int n && Int(9) is int ab ? new Tally(y, n, ab, Int(10)) : null;
                var issues = reader.IsDBNull(15) ? [] : reader.GetString(15).Split(',').Select(IssueCodes.Parse).ToList();
                found.Add(new KeyVote(reader.GetInt64(0), reader.GetInt32(1), DateOnly.FromDateTime(reader.GetDateTime(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetBoolean(6), issues,
                    new VoteTally((int)reader.GetInt64(11), (int)reader.GetInt64(12), (int)reader.GetInt64(13), (int)reader.GetInt64(14)),
                    official, []));
                matches = (int)reader.GetInt64(16);
            }
        }
        return found;
    }

    /// <summary>The recorded vote of each state on one roll call, by state code.</summary>
    public static Dictionary<string, Vote> VotesOn(Database db, long rollCall)
    {
        var recorded = new Dictionary<string, Vote>(StringComparer.Ordinal);
        using var command = db.Command("StateVotesOn", ("rcid", rollCall));
        using var reader = command.ExecuteReader();
        while (reader.Read()) recorded[reader.GetString(1)] = (Vote)reader.GetByte(2);
        return recorded;
    }
}
