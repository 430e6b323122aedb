using System.Globalization;
using Multivector.Model;

namespace Multivector.Sources.Ties;

/// <summary>
/// The IMF data portal's CSV export (COUNTRY.ID, …, COUNTERPART_COUNTRY.ID, …, TIME_PERIOD, OBS_VALUE), as
/// written for Direct Investment Positions (DIP) and for goods trade by partner (IMTS), which share the
/// layout. The reporter is COUNTRY and the counterpart COUNTERPART_COUNTRY; each row is stored from the
/// counterpart's side when the reporter's figure is about it.
/// </summary>
internal static class ImfReader
{
    private static readonly string[] Columns = ["COUNTRY.ID", "INDICATOR.ID", "INDICATOR", "COUNTERPART_COUNTRY.ID", "TIME_PERIOD", "OBS_VALUE"];

    public static TieBatch Read(string path, StateDirectory states, PartnerNames partners)
    {
        using var csv = CsvInput.Open(path, Columns);
        int country = csv.Column("COUNTRY.ID"), indicatorId = csv.Column("INDICATOR.ID"), indicator = csv.Column("INDICATOR"),
            counterpart = csv.Column("COUNTERPART_COUNTRY.ID"), period = csv.Column("TIME_PERIOD"), value = csv.Column("OBS_VALUE");
        var basisColumn = csv.OptionalColumn("DV_TYPE");
        var rows = new List<TieRow>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var reporter = Resolve(csv, line, "COUNTRY.ID", row[country].ToString(), states, partners);
            var other = Resolve(csv, line, "COUNTERPART_COUNTRY.ID", row[counterpart].ToString(), states, partners);
            var id = row[indicatorId].ToString().Trim();
            var (name, unit, towardsReporter) = Indicator(csv, line, id, row[indicator].ToString());
            var yearText = row[period].Span.Trim();
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1945 or > 2100)
                throw csv.Error(line, $"column 'TIME_PERIOD' is '{Fields.Show(yearText)}': expected a year such as 2024 (annual data).");
            var text = row[value].Span.Trim();
            if (text.IsEmpty) continue;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                throw csv.Error(line, $"column 'OBS_VALUE' is '{Fields.Show(text)}': expected a number.");
            var basis = basisColumn < 0 ? null : row[basisColumn].ToString().Trim() switch
            {
                "Reported official data" => "reported",
                "Derived using counterparty information" => "derived",
                "" => null,
                var other2 => other2.ToLowerInvariant(),
            };
            if (other.Kind != PartnerKind.State) continue;
            // The store keeps the counterpart's side: an investor's outward position in KAZ is KAZ's inflow from it.
            rows.Add(new TieRow(StateCode.Parse(other.Partner), reporter.Partner, reporter.Kind, name, year, v, unit,
                towardsReporter ? "outflow" : "inflow", basis, line));
        }
        if (rows.Count == 0) throw new ImportException(path, 2, "no rows with a value: expected at least one observation after the header.");
        return new TieBatch("imf", "imf", [path], rows);
    }

    /// <summary>What an IMF indicator id means, and whether its flow points at the reporter (from the counterpart's side, an outflow).</summary>
    private static (string Name, string Unit, bool TowardsReporter) Indicator(CsvInput csv, long line, string id, string label)
    {
        if (id.StartsWith("OTWD_", StringComparison.Ordinal) || id.StartsWith("OUTWD_", StringComparison.Ordinal)) return ("fdi-position", "USD millions", false);
        if (id.StartsWith("INWD_", StringComparison.Ordinal)) return ("fdi-position", "USD millions", true);
        if (id.StartsWith("XG_", StringComparison.Ordinal) || label.Contains("Exports", StringComparison.OrdinalIgnoreCase)) return ("goods-trade", "USD millions", false);
        if (id.StartsWith("MG_", StringComparison.Ordinal) || label.Contains("Imports", StringComparison.OrdinalIgnoreCase)) return ("goods-trade", "USD millions", true);
        throw csv.Error(line, $"column 'INDICATOR.ID' is '{Fields.Show(id)}': expected a direct-investment position (OTWD_…, INWD_…) or goods exports or imports (XG_…, MG_…).");
    }

    private static (string Partner, PartnerKind Kind) Resolve(CsvInput csv, long line, string column, string text, StateDirectory states, PartnerNames partners) =>
        partners.Resolve(text, states)
        ?? throw csv.Error(line, $"column '{column}' is '{Fields.Show(text)}': expected an ISO alpha-3 code or a name the store knows (data/states.csv, data/ties/partners.csv).");
}

/// <summary>A plain tidy CSV for anything else a user has: state, partner, indicator, year, value, unit (and optionally direction, basis, source).</summary>
internal static class TidyTieReader
{
    private static readonly string[] Columns = ["state", "partner", "indicator", "year", "value", "unit"];

    public static TieBatch Read(string path, StateDirectory states, PartnerNames partners)
    {
        using var csv = CsvInput.Open(path, Columns);
        int state = csv.Column("state"), partner = csv.Column("partner"), indicator = csv.Column("indicator"), yearColumn = csv.Column("year"),
            value = csv.Column("value"), unit = csv.Column("unit"), direction = csv.OptionalColumn("direction"), basis = csv.OptionalColumn("basis");
        var rows = new List<TieRow>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var s = partners.Resolve(row[state].ToString(), states);
            if (s is not { Kind: PartnerKind.State })
                throw csv.Error(line, $"column 'state' is '{Fields.Show(row[state].Span)}': expected a state's code or name the store knows.");
            var p = partners.Resolve(row[partner].ToString(), states)
                ?? throw csv.Error(line, $"column 'partner' is '{Fields.Show(row[partner].Span)}': expected a state, territory or aggregate the store knows (data/states.csv, data/ties/partners.csv).");
            if (p.Partner == s.Value.Partner) throw csv.Error(line, $"the partner is the state itself ({s.Value.Partner}): expected another partner.");
            var name = row[indicator].ToString().Trim().ToLowerInvariant();
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                throw csv.Error(line, $"column 'indicator' is '{Fields.Show(row[indicator].Span)}': expected a name of letters, digits and hyphens, such as remittances.");
            if (!int.TryParse(row[yearColumn].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1945 or > 2100)
                throw csv.Error(line, $"column 'year' is '{Fields.Show(row[yearColumn].Span)}': expected a year from 1945 to 2100.");
            if (!double.TryParse(row[value].Span.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                throw csv.Error(line, $"column 'value' is '{Fields.Show(row[value].Span)}': expected a number.");
            var u = row[unit].ToString().Trim();
            if (u.Length == 0) throw csv.Error(line, "column 'unit' is empty: expected a unit such as USD millions or people.");
            var d = direction < 0 ? "inflow" : row[direction].ToString().Trim().ToLowerInvariant() switch
            {
                "" or "inflow" or "in" => "inflow",
                "outflow" or "out" => "outflow",
                var other => throw csv.Error(line, $"column 'direction' is '{Fields.Show(other)}': expected inflow or outflow."),
            };
            rows.Add(new TieRow(StateCode.Parse(s.Value.Partner), p.Partner, p.Kind, name, year, v, u, d, basis < 0 ? null : Fields.Text(row[basis].Span), line));
        }
        if (rows.Count == 0) throw new ImportException(path, 2, "no rows: expected at least one row after the header.");
        return new TieBatch("tidy", "tidy", [path], rows);
    }
}

/// <summary>
/// AidData's China's Public Diplomacy Dashboard dataset (ODC-By): a country-year panel of China's ties with
/// each receiving country. Each column becomes an indicator with China as the partner; "N/A" is no figure.
/// Rows for territories (the Cook Islands) are left out, since a tie is stored from a state's side.
/// </summary>
internal static class AidDataReader
{
    private static readonly (string Column, string Indicator, string Unit, string Direction)[] Indicators =
    [
        ("confucius_institutes", "confucius-institutes", "institutes", "inflow"),
        ("sister_cities_established", "sister-cities", "pairs", "inflow"),
        ("government_visits", "government-visits", "visits", "inflow"),
        ("military_visits", "military-visits", "visits", "inflow"),
        ("total_elite_visits", "elite-visits", "visits", "inflow"),
        ("ambassador_op_eds", "ambassador-op-eds", "articles", "inflow"),
        ("journalist_visits", "journalist-visits", "visits", "inflow"),
        ("media_partnerships", "media-partnerships", "agreements", "inflow"),
        ("outbound_chinese_students", "students", "people", "inflow"),
        ("inbound_students_to_china", "students", "people", "outflow"),
    ];

    public static TieBatch Read(string path, StateDirectory states, PartnerNames partners)
    {
        using var csv = CsvInput.Open(path, ["receiving_country", "year", .. Indicators.Select(i => i.Column)]);
        var country = csv.Column("receiving_country");
        var year = csv.Column("year");
        var columns = Indicators.Select(i => (Index: csv.Column(i.Column), i.Column, i.Indicator, i.Unit, i.Direction)).ToList();
        var rows = new List<TieRow>();
        foreach (var row in csv)
        {
            var line = csv.Check(row);
            var resolved = partners.Resolve(row[country].ToString(), states)
                ?? throw csv.Error(line, $"column 'receiving_country' is '{Fields.Show(row[country].Span)}': expected a country the store knows (data/states.csv, state-aliases.csv, ties/partners.csv).");
            if (resolved.Kind != PartnerKind.State) continue;
            if (!int.TryParse(row[year].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1945 or > 2100)
                throw csv.Error(line, $"column 'year' is '{Fields.Show(row[year].Span)}': expected a year.");
            foreach (var c in columns)
            {
                var text = row[c.Index].Span.Trim();
                if (text.IsEmpty || text is "N/A" or "NA") continue;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < 0)
                    throw csv.Error(line, $"column '{c.Column}' is '{Fields.Show(text)}': expected a count from 0, or N/A.");
                if (v == 0) continue;
                rows.Add(new TieRow(StateCode.Parse(resolved.Partner), "CHN", PartnerKind.State, c.Indicator, y, v, c.Unit, c.Direction, "reported", line));
            }
        }
        if (rows.Count == 0) throw new ImportException(path, 2, "no figures: expected at least one count after the header.");
        return new TieBatch("aiddata", "aiddata", [path], rows);
    }
}
