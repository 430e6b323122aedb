using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Sources.Ties;

/// <summary>What a partner in a ties table is: a UN member or former state, a territory, or an aggregate such as WORLD.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<PartnerKind>))]
public enum PartnerKind
{
    State,
    Territory,
    Aggregate,
}

/// <summary>
/// One bilateral figure: <see cref="Partner"/> and <see cref="State"/> with the flow's direction seen from the
/// state (inflow: from the partner to the state; outflow: from the state to the partner).
/// </summary>
internal sealed record TieRow(StateCode State, string Partner, PartnerKind PartnerKind, string Indicator, int Year, double Value, string Unit,
    string Direction, string? Basis, long Line);

/// <summary>A ties file read and checked in memory, for one all-or-nothing import.</summary>
internal sealed record TieBatch(string Format, string Source, IReadOnlyList<string> Files, IReadOnlyList<TieRow> Rows);

/// <summary>
/// Names of partners that are not UN member states: territories and aggregates, as the publishers write them
/// (data/ties/partners.csv). A name that is neither a state nor listed here is refused by its cell.
/// </summary>
internal sealed class PartnerNames(IReadOnlyDictionary<string, PartnerKind> others)
{
    public static PartnerNames Read(string path)
    {
        var others = new Dictionary<string, PartnerKind>(StringComparer.OrdinalIgnoreCase);
        using var csv = CsvInput.Open(path, ["name", "kind"]);
        int name = csv.Column("name"), kind = csv.Column("kind");
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            others[row[name].ToString().Trim()] = row[kind].ToString().Trim() switch
            {
                "territory" => PartnerKind.Territory,
                "aggregate" => PartnerKind.Aggregate,
                var k => throw csv.Error(line, $"column 'kind' is '{Fields.Show(k)}': expected territory or aggregate."),
            };
        }
        return new PartnerNames(others);
    }

    /// <summary>A state's code, or a territory's or aggregate's name as written; null when unknown.</summary>
    public (string Partner, PartnerKind Kind)? Resolve(string name, StateDirectory states)
    {
        var trimmed = name.Trim();
        if (states.TryName(trimmed, out var code)) return (code.Value, PartnerKind.State);
        if (trimmed.Length == 3 && StateCode.TryParse(trimmed, out code) && states.Contains(code) && trimmed.All(char.IsAsciiLetterUpper)) return (code.Value, PartnerKind.State);
        return others.TryGetValue(trimmed, out var kind) ? (string.Equals(trimmed, "WORLD", StringComparison.OrdinalIgnoreCase) ? "WORLD" : trimmed, kind) : null;
    }
}
