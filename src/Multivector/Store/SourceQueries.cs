using Multivector.Model;
using Multivector.Sources;

namespace Multivector.Store;

/// <summary>The sources behind the roll calls: what each covers, and where two disagree.</summary>
internal static class SourceQueries
{
    public static List<SourceCoverage> Coverage(Database db)
    {
        var list = new List<SourceCoverage>();
        using var command = db.Command("SourcesCoverage");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new SourceCoverage(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3),
                DateOnly.FromDateTime(reader.GetDateTime(4)), DateOnly.FromDateTime(reader.GetDateTime(5)),
                (int)reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8),
                reader.IsDBNull(9) ? [] : reader.GetString(9).Split(" | ")));
        }
        return list;
    }

    public static HashSet<string> Names(Database db)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var names = db.Command("SourceNames"))
        using (var reader = names.ExecuteReader())
        {
            while (reader.Read()) known.Add(reader.GetString(0));
        }
        return known;
    }

    /// <summary>How many roll calls both sources hold, and those where they disagree.</summary>
    public static (int Compared, List<SourceDisagreement> RollCalls) Diff(Database db, string a, string b)
    {
        var rollCalls = new List<SourceDisagreement>();
        var compared = 0;
        using (var command = db.Command("SourcesDiff", ("a", a), ("b", b)))
        using (var reader = command.ExecuteReader())
        {
            long? last = null;
            SourceDisagreement? current = null;
            while (reader.Read())
            {
                var rcid = reader.GetInt64(0);
                if (rcid != last)
                {
                    compared++;
                    last = rcid;
                    if (current is not null && (current.States.Count > 0 || current.TallyDiffers)) rollCalls.Add(current);
                    Tally? Official(int at) => reader.IsDBNull(at) ? null : new Tally(reader.GetInt32(at), reader.GetInt32(at + 1), reader.GetInt32(at + 2), null);
                    current = new SourceDisagreement(rcid, reader.IsDBNull(1) ? null : reader.GetString(1), DateOnly.FromDateTime(reader.GetDateTime(2)), Official(3), Official(6), new List<StateDisagreement>());
                }
                if (!reader.IsDBNull(9))
                {
                    Vote? Cast(int at) => reader.IsDBNull(at) ? null : (Vote)reader.GetByte(at);
                    ((List<StateDisagreement>)current!.States).Add(new StateDisagreement(StateCode.Parse(reader.GetString(9)), Cast(10), Cast(11)));
                }
            }
            if (current is not null && (current.States.Count > 0 || current.TallyDiffers)) rollCalls.Add(current);
        }
        return (compared, rollCalls);
    }

    /// <summary>Every recorded import of votes, statements and ties, oldest first.</summary>
    public static List<ImportRecord> Imports(Database db)
    {
        var list = new List<ImportRecord>();
        using var command = db.Command("ImportsAll");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ImportRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetDateTime(4), reader.GetInt64(5), reader.GetString(6)));
        }
        return list;
    }
}
