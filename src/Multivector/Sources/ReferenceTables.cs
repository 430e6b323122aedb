using Multivector.Model;

namespace Multivector.Sources;

/// <summary>
/// The bundled states, membership periods and aliases (data/states.csv, data/memberships.csv,
/// data/state-aliases.csv), read with the same checks as any import.
/// </summary>
internal sealed record ReferenceTables(
    IReadOnlyList<(State State, string? CowAbbrev)> States,
    IReadOnlyList<(StateCode State, Membership Period, string? Note)> Memberships,
    IReadOnlyList<(string Source, string Alias, StateCode Code)> Aliases)
{
    public static ReferenceTables Read(string folder)
    {
        var memberships = ReadMemberships(Path.Combine(folder, "memberships.csv"));
        var aliases = new List<(string, string, StateCode)>();
        var states = ReadStates(Path.Combine(folder, "states.csv"), memberships, aliases);
        aliases.AddRange(ReadAliases(Path.Combine(folder, "state-aliases.csv"), states.Select(s => s.State.Code).ToHashSet()));
        foreach (var m in memberships)
        {
            if (!states.Any(s => s.State.Code == m.State)) throw new ImportException(Path.Combine(folder, "memberships.csv"), null, $"membership for {m.State}, which states.csv does not list.");
        }
        return new ReferenceTables(states, memberships, aliases);
    }

    public StateDirectory Directory() => new(States.Select(s => s.State), Aliases);

    private static List<(StateCode State, Membership Period, string? Note)> ReadMemberships(string path)
    {
        using var csv = CsvInput.Open(path, ["code", "member_from", "member_to", "note"]);
        int code = csv.Column("code"), from = csv.Column("member_from"), to = csv.Column("member_to"), note = csv.Column("note");
        var list = new List<(StateCode State, Membership Period, string? Note)>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var state = Code(csv, line, row[code].ToString());
            var start = Fields.Date(csv, line, "member_from", row[from].Span);
            DateOnly? end = Fields.IsMissing(row[to].Span) ? null : Fields.Date(csv, line, "member_to", row[to].Span);
            if (end <= start) throw csv.Error(line, $"membership of {state} ends {end} before it starts {start}: expected member_to after member_from.");
            list.Add((state, new Membership(start, end), Fields.Text(row[note].Span)));
        }
        return list;
    }

    private static List<(State State, string? CowAbbrev)> ReadStates(string path, List<(StateCode State, Membership Period, string? Note)> memberships,
        List<(string, string, StateCode)> aliases)
    {
        using var csv = CsvInput.Open(path, ["code", "iso2", "cow", "cow_abbrev", "name", "voeten_name"]);
        int code = csv.Column("code"), iso2 = csv.Column("iso2"), cow = csv.Column("cow"), abbrev = csv.Column("cow_abbrev"),
            name = csv.Column("name"), voeten = csv.Column("voeten_name");
        var list = new List<(State State, string? CowAbbrev)>();
        var seen = new HashSet<StateCode>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var state = Code(csv, line, row[code].ToString());
            if (!seen.Add(state)) throw csv.Error(line, $"{state} is listed twice: expected one row per state.");
            var periods = memberships.Where(m => m.State == state).Select(m => m.Period).OrderBy(m => m.From).ToList();
            var title = Fields.Text(row[name].Span) ?? throw csv.Error(line, "column 'name' is empty: expected the state's name.");
            list.Add((new State(state, Fields.Text(row[iso2].Span), Fields.OptionalInt(csv, line, "cow", row[cow].Span), title, periods),
                Fields.Text(row[abbrev].Span)));
            foreach (var alias in (Fields.Text(row[voeten].Span) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                aliases.Add(("voeten", alias, state));
        }
        return list;
    }

    private static List<(string, string, StateCode)> ReadAliases(string path, HashSet<StateCode> known)
    {
        var list = new List<(string, string, StateCode)>();
        if (!File.Exists(path)) return list;
        using var csv = CsvInput.Open(path, ["source", "alias", "code"]);
        int source = csv.Column("source"), alias = csv.Column("alias"), code = csv.Column("code");
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var state = Code(csv, line, row[code].ToString());
            if (!known.Contains(state)) throw csv.Error(line, $"alias for {state}, which states.csv does not list.");
            var kind = row[source].ToString().Trim();
            if (kind is not ("voeten" or "iso2" or "cow" or "undl" or "name")) throw csv.Error(line, $"source '{kind}': expected voeten, iso2, cow, undl or name.");
            list.Add((kind, row[alias].ToString().Trim(), state));
        }
        return list;
    }

    private static StateCode Code(CsvInput csv, long line, string text) =>
        StateCode.TryParse(text, out var c) ? c : throw csv.Error(line, $"'{Fields.Show(text)}' is not a state code: expected three letters A–Z.");
}
