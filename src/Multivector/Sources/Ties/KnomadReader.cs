using System.Globalization;
using ExcelDataReader;

namespace Multivector.Sources.Ties;

/// <summary>
/// Reads a KNOMAD / World Bank bilateral matrix from its original .xlsx with ExcelDataReader: the remittance
/// matrix (sending country down, receiving across, US$ millions) or the migration matrix (origin down,
/// destination across, people). Every non-empty cell becomes one row; a cell names its sheet, row and column
/// when it is wrong.
/// </summary>
internal static class KnomadReader
{
    public enum Matrix { Remittances, Migrants }

    // ExcelDataReader looks up Windows-1252 while opening any workbook; .NET ships it only through this provider.
    static KnomadReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public static TieBatch Read(string path, Matrix matrix, StateDirectory states, PartnerNames partners, string year = "2021")
    {
        using var stream = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        IExcelDataReader reader;
        try
        {
            // .xlsx is UTF-8 XML; the fallback (Windows-1252 by default, absent from .NET without a provider) only serves old .xls files.
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { FallbackEncoding = System.Text.Encoding.UTF8 });
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.HeaderException or InvalidDataException or IOException or ArgumentException)
        {
            throw new ImportException(path, null, $"is not an .xlsx workbook ({e.Message}): expected the KNOMAD matrix as published.", e);
        }
        using (reader)
        {
            var grid = new List<object?[]>();
            try
            {
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var c = 0; c < row.Length; c++) row[c] = reader.GetValue(c);
                    grid.Add(row);
                }
            }
            catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or ArgumentException or InvalidOperationException)
            {
                throw new ImportException(path, null, $"the workbook cannot be read ({e.Message}): expected a complete .xlsx file (is it cut short?).", e);
            }
            return FromGrid(path, reader.Name ?? "sheet 1", grid, matrix, states, partners, int.Parse(year, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Finds the header row (the first with 50 or more country names across), then reads the matrix below it.</summary>
    internal static TieBatch FromGrid(string path, string sheet, List<object?[]> grid, Matrix matrix, StateDirectory states, PartnerNames partners, int year)
    {
        var header = grid.FindIndex(r => r.Skip(1).Count(v => v is string s && partners.Resolve(s, states) is not null) >= 50);
        if (header < 0)
            throw new ImportException(path, null, $"sheet '{sheet}' has no header row of country names across: expected the KNOMAD {(matrix == Matrix.Remittances ? "remittance" : "migration")} matrix (receiving or destination countries across, sending or origin countries down).");
        var columns = new Dictionary<int, (string Partner, PartnerKind Kind)>();
        for (var c = 1; c < grid[header].Length; c++)
        {
            if (grid[header][c] is not string name || string.IsNullOrWhiteSpace(name)) continue;
            columns[c] = partners.Resolve(name, states)
                ?? throw Cell(path, sheet, header, c, $"the column header '{Fields.Show(name)}' is not a known country, territory or aggregate: expected a name listed in data/states.csv or data/ties/partners.csv.");
        }
        var rows = new List<TieRow>();
        var afterWorld = false;
        for (var r = header + 1; r < grid.Count && !afterWorld; r++)
        {
            if (grid[r].Length == 0 || grid[r][0] is not string rowName || string.IsNullOrWhiteSpace(rowName))
            {
                if (grid[r].Skip(1).Any(v => v is double)) throw Cell(path, sheet, r, 0, "a row of figures has no country name: expected the sending or origin country in the first column.");
                continue;
            }
            var from = partners.Resolve(rowName, states);
            if (from is null)
            {
                // Notes under the matrix ("Note: ...", "Source: ...") end it.
                if (grid[r].Skip(1).All(v => v is null or string)) break;
                throw Cell(path, sheet, r, 0, $"the row name '{Fields.Show(rowName)}' is not a known country, territory or aggregate: expected a name listed in data/states.csv or data/ties/partners.csv.");
            }
            // WORLD is the matrix's last row; below it the published file has notes and a stray working sum.
            afterWorld = from.Value.Partner == "WORLD";
            foreach (var (c, to) in columns)
            {
                if (c >= grid[r].Length) continue;
                var cell = grid[r][c];
                double value;
                switch (cell)
                {
                    case null:
                        continue;
                    case double d:
                        value = d;
                        break;
                    case string s when string.IsNullOrWhiteSpace(s) || s.Trim() is "-" or ".." or "…" or "...":
                        continue;
                    case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                        value = parsed;
                        break;
                    default:
                        throw Cell(path, sheet, r, c, $"'{Fields.Show(Convert.ToString(cell, CultureInfo.InvariantCulture))}' is not a number: expected {(matrix == Matrix.Remittances ? "US$ millions" : "a number of people")} or an empty cell.");
                }
                if (!double.IsFinite(value) || value < 0) throw Cell(path, sheet, r, c, $"{value} is not a count or an amount: expected a number from 0.");
                if (value == 0) continue;
                // Each cell is stored from the side of the state it describes: the receiver of remittances, the origin of migrants.
                if (matrix == Matrix.Remittances)
                {
                    if (to.Kind != PartnerKind.State) continue;
                    rows.Add(new TieRow(Model.StateCode.Parse(to.Partner), from.Value.Partner, from.Value.Kind, "remittances", year, value, "USD millions", "inflow", "estimated", r + 1));
                }
                else
                {
                    if (from.Value.Kind != PartnerKind.State) continue;
                    rows.Add(new TieRow(Model.StateCode.Parse(from.Value.Partner), to.Partner, to.Kind, "emigrants", year, value, "people", "outflow", "estimated", r + 1));
                }
            }
        }
        if (rows.Count == 0) throw new ImportException(path, null, $"sheet '{sheet}' holds no figures under its header: expected a filled matrix.");
        return new TieBatch(matrix == Matrix.Remittances ? "knomad-remittances" : "knomad-migration", "knomad", [path], rows);
    }

    private static ImportException Cell(string path, string sheet, int row, int column, string problem) =>
        new(path, row + 1, $"sheet '{sheet}', cell {ColumnName(column)}{row + 1}: {problem}");

    internal static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }
}
