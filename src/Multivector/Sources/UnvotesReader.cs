using Multivector.Model;

namespace Multivector.Sources;

/// <summary>
/// Reads the R <c>unvotes</c> triple (Voeten, Strezhnev &amp; Bailey's data as packaged by Robinson):
/// <c>un_votes.csv</c>, <c>un_roll_calls.csv</c> and <c>un_roll_call_issues.csv</c>, each optionally gzipped.
/// The source keeps only yes, abstain and no, so absences are inferred later from membership.
/// </summary>
internal static class UnvotesReader
{
    public static readonly string[] VoteColumns = ["rcid", "country", "country_code", "vote"];
    public static readonly string[] RollCallColumns = ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"];
    public static readonly string[] IssueColumns = ["rcid", "short_name"];

    /// <summary>Finds the three files from a folder or from any one of them.</summary>
    public static (string Votes, string RollCalls, string? Issues) Locate(string path)
    {
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string? Find(string stem) =>
            new[] { stem + ".csv.gz", stem + ".csv" }.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        var votes = Directory.Exists(path) ? Find("un_votes") : path;
        if (votes is null) throw new ImportException(path, null, "no un_votes.csv or un_votes.csv.gz here: expected the unvotes triple (un_votes, un_roll_calls, un_roll_call_issues).");
        var rollCalls = Find("un_roll_calls")
            ?? throw new ImportException(votes, null, $"no un_roll_calls.csv(.gz) beside it in {folder}: the unvotes format needs its roll calls file.");
        return (votes, rollCalls, Find("un_roll_call_issues"));
    }

    public static ImportBatch Read(string path, StateDirectory states, IProgress<double>? progress = null)
    {
        var (votesPath, rollCallsPath, issuesPath) = Locate(path);
        var files = new List<string> { votesPath, rollCallsPath };
        if (issuesPath is not null) files.Add(issuesPath);
        var batch = new ImportBatch("unvotes", "voeten", files);
        var known = ReadRollCalls(rollCallsPath, batch);
        if (issuesPath is not null) ReadIssues(issuesPath, batch, known);
        ReadVotes(votesPath, batch, states, known, progress);
        return batch;
    }

    private static HashSet<long> ReadRollCalls(string path, ImportBatch batch)
    {
        using var csv = CsvInput.Open(path, RollCallColumns);
        int rcid = csv.Column("rcid"), session = csv.Column("session"), important = csv.Column("importantvote"), date = csv.Column("date"),
            unres = csv.Column("unres"), amend = csv.Column("amend"), para = csv.Column("para"), shortCol = csv.Column("short"), descr = csv.Column("descr");
        var seen = new HashSet<long>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var id = Fields.RollCallId(csv, line, "rcid", row[rcid].Span);
            if (!seen.Add(id)) throw csv.Error(line, $"roll call {id} appears twice: expected one row per rcid.");
            var s = Fields.Session(csv, line, "session", Fields.Int(csv, line, "session", row[session].Span));
            if (s < 1) throw csv.Error(line, $"session {s}: expected a session number from 1.");
            var title = Fields.Text(row[shortCol].Span);
            var description = Fields.Text(row[descr].Span);
            batch.RollCalls.Add(new SourceRollCall(
                id, s, Fields.VoteDate(csv, line, "date", row[date].Span),
                Symbols.Normalise(Fields.Text(row[unres].Span), s),
                title ?? description ?? "(untitled)", description,
                Fields.Flag(csv, line, "amend", row[amend].Span),
                Fields.Flag(csv, line, "para", row[para].Span),
                Fields.Flag(csv, line, "importantvote", row[important].Span),
                Official: null, line));
        }
        if (seen.Count == 0) throw new ImportException(path, 2, "no roll calls: expected at least one row after the header.");
        return seen;
    }

    private static void ReadIssues(string path, ImportBatch batch, HashSet<long> known)
    {
        using var csv = CsvInput.Open(path, IssueColumns);
        int rcid = csv.Column("rcid"), code = csv.Column("short_name");
        var seen = new HashSet<(long, Issue)>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var id = Fields.RollCallId(csv, line, "rcid", row[rcid].Span);
            if (!known.Contains(id)) throw csv.Error(line, $"roll call {id} is not in the roll calls file: expected an rcid listed there.");
            var text = row[code].ToString();
            if (!IssueCodes.TryParse(text, out var issue))
                throw csv.Error(line, $"column 'short_name' is '{Fields.Show(text)}': expected one of me, nu, di, hr, co, ec.");
            if (seen.Add((id, issue))) batch.Issues.Add((id, issue));
        }
    }

    private static void ReadVotes(string path, ImportBatch batch, StateDirectory states, HashSet<long> known, IProgress<double>? progress)
    {
        using var csv = CsvInput.Open(path, VoteColumns);
        int rcid = csv.Column("rcid"), country = csv.Column("country"), code = csv.Column("country_code"), vote = csv.Column("vote");
        // Each name seen resolves once, to its state and a small number per state (names of one state share it).
        var byName = new Dictionary<string, (StateCode Code, int Number)>(StringComparer.Ordinal);
        var numbers = new Dictionary<StateCode, int>();
        // Duplicates are found on one integer per vote, roll call × 1024 + the state's number, with the line of
        // its first vote: far cheaper than hashing a (roll call, code) pair, and sized from the file up front.
        var seen = new Dictionary<long, long>(EstimatedRows(path));
        var n = 0;
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var id = Fields.RollCallId(csv, line, "rcid", row[rcid].Span);
            if (!known.Contains(id)) throw csv.Error(line, $"roll call {id} is not in the roll calls file: expected an rcid listed there.");
            var (state, number) = Resolve(csv, line, states, byName, numbers, row[country].Span, row[code].Span);
            var v = row[vote].Span.Trim() switch
            {
                "yes" => Vote.Yes,
                "no" => Vote.No,
                "abstain" => Vote.Abstain,
                var other => throw csv.Error(line, $"column 'vote' is '{Fields.Show(other)}': expected yes, no or abstain."),
            };
            if (!seen.TryAdd(id * 1024 + number, line))
                throw csv.Error(line, $"{state} votes twice on roll call {id} (also on line {seen[id * 1024 + number]}): expected one vote per state and roll call.");
            batch.Votes.Add(id, state, v);
            if ((++n & 0xFFFF) == 0) progress?.Report(csv.Fraction);
        }
        // A votes file cut down to its header would otherwise add every roll call with no votes at all.
        if (n == 0) throw new ImportException(path, 2, "no votes: expected at least one row after the header.");
        progress?.Report(1);
    }

    /// <summary>By the country name first (it tells FRG from unified Germany), then by the ISO2 code.</summary>
    // About 3 compressed or 30 plain bytes per vote row in the unvotes file; capped, as it only sizes a table.
    private static int EstimatedRows(string path)
    {
        var length = new FileInfo(path).Length;
        return (int)Math.Min(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? length / 3 : length / 30, 1 << 22);
    }

    private static (StateCode Code, int Number) Resolve(CsvInput csv, long line, StateDirectory states, Dictionary<string, (StateCode, int)> cache,
        Dictionary<StateCode, int> numbers, ReadOnlySpan<char> name, ReadOnlySpan<char> iso2)
    {
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var cached)) return cached;
        var nameText = name.ToString();
        if (states.TryVoetenName(nameText, out var code) || states.TryIso2(iso2.ToString(), out code))
        {
            if (!numbers.TryGetValue(code, out var number)) numbers[code] = number = numbers.Count;
            // The directory has a few hundred states; the duplicate key leaves room for 1,024.
            if (number >= 1024) throw new InvalidOperationException($"More than 1,024 states in one votes file at {code}.");
            cache[nameText] = (code, number);
            return (code, number);
        }
        throw csv.Error(line, $"unknown state '{Fields.Show(name)}' (code '{Fields.Show(iso2)}'): expected a country name or ISO 3166 alpha-2 code listed in data/states.csv.");
    }
}
