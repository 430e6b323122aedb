using System.Globalization;
using System.IO.Compression;
using System.Text;
using Multivector.Model;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector.Tests.Sources;

/// <summary>
/// Money and people: the bundled KNOMAD matrices and IMF positions, the shares `ties` computes from their cells,
/// and every importer's refusals (wrong sheet, no header row, a non-numeric cell, an unknown country, a cut-off
/// file), each leaving the store as it was.
/// </summary>
[Collection(BundledStoreGroup.Name)]
public sealed class TiesTests(BundledStore bundled) : IDisposable
{
    private readonly BadFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Russias_share_of_uzbekistans_remittances_is_computed_from_the_matrix_cells_next_to_their_vote_agreement()
    {
        var report = bundled.Store.Ties(StateCode.Parse("UZB"));

        var rus = report.Partners.Single(p => p.Partner == "RUS");
        var remittances = rus.Shares.Single(s => s.Indicator == "remittances");
        // Read independently of the importer: the cell Russian Federation → Uzbekistan, and the Uzbekistan column's
        // sum over every sender above the WORLD row.
        var (cell, column) = UzbekistanCells();
        Assert.Equal(9197.5, cell, 0.05);
        Assert.Equal(cell, remittances.Value, 1e-9);
        Assert.Equal(cell / column, remittances.Share, 1e-9);
        Assert.Equal(2021, remittances.Year);
        var migrants = rus.Shares.Single(s => s.Indicator == "emigrants");
        Assert.Equal(1_146_175, migrants.Value, 0.5);
        // Vote agreement over the same year, from the same measure as `agree UZB RUS --years 2021`.
        var agree = bundled.Store.Agreement(StateCode.Parse("UZB"), StateCode.Parse("RUS"), new Multivector.Model.Selection { FromYear = 2021, ToYear = 2021 },
            Multivector.Votes.PeriodKind.All, new Uncertainty(0, 0.95, 1)).Rows.Single().Measures.Single(m => m.Measure == Multivector.Votes.Measure.Voeten).Value;
        Assert.Equal(agree, rus.Agreement!.Value, 1e-12);
        var concentration = report.Concentration.Single(c => c.Indicator == "remittances");
        Assert.Equal("RUS", concentration.TopPartner);
    }

    [Fact]
    public void The_matrices_name_kazakhstan_born_people_in_russia_and_kyrgyz_republic_resolves_to_kgz()
    {
        var kaz = bundled.Store.Ties(StateCode.Parse("KAZ"), [StateCode.Parse("RUS")]).Partners.Single();
        Assert.Equal(2_558_907, kaz.Shares.Single(s => s.Indicator == "emigrants").Value, 0.5);
        var kgz = bundled.Store.Ties(StateCode.Parse("KGZ"), [StateCode.Parse("RUS")]).Partners.Single();
        Assert.Equal(2017.5, kgz.Shares.Single(s => s.Indicator == "remittances").Value, 0.05);
    }

    [Fact]
    public void Imf_positions_keep_reported_and_derived_figures_apart()
    {
        var kaz = bundled.Store.Ties(StateCode.Parse("KAZ"), [StateCode.Parse("CHN")]).Partners.Single();
        var fdi = kaz.Shares.Where(s => s.Indicator == "fdi-position" && s.Direction == "inflow").ToDictionary(s => s.Basis!);
        Assert.Equal(6183.7, fdi["reported"].Value, 0.05);
        Assert.Equal(6328.9, fdi["derived"].Value, 0.05);
        Assert.Equal(2024, fdi["reported"].Year);
    }

    public static TheoryData<string, string> BadWorkbooks => new()
    {
        { "wrong-sheet", "has no header row of country names across" },
        { "no-header", "has no header row of country names across" },
        { "text-cell", "cell C3: 'lots' is not a number" },
        { "unknown-country", "cell A3: the row name 'Atlantis' is not a known country" },
        { "truncated", "knomad-truncated.xlsx" },
    };

    [Theory]
    [MemberData(nameof(BadWorkbooks))]
    public void A_bad_knomad_workbook_is_refused_by_its_cell_and_the_store_is_unchanged(string kind, string says)
    {
        var path = kind == "truncated" ? Truncated() : _files.WriteBytes($"knomad-{kind}.xlsx", Workbook(kind));
        using var store = MultivectorStore.Open(StoreFiles.CopyOfBundled(_files.Folder, $"{kind}.duckdb"));
        var before = TieCount(store);

        var e = Assert.Throws<ImportException>(() => store.ImportTies(TieFormat.KnomadRemittances, path));

        Assert.Contains(says, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
        Assert.Contains("expected", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, TieCount(store));
    }

    public static TheoryData<string, string, string, string> BadCsvs => new()
    {
        { "imf", "COUNTRY.ID,COUNTRY,INDICATOR.ID,INDICATOR,COUNTERPART_COUNTRY.ID,TIME_PERIOD,OBS_VALUE\nCHN,China,OTWD_D,Outward,KAZ,2024,lots\n", "line 2", "column 'OBS_VALUE' is 'lots': expected a number" },
        { "imf", "COUNTRY.ID,COUNTRY,INDICATOR.ID,INDICATOR,COUNTERPART_COUNTRY.ID,TIME_PERIOD,OBS_VALUE\nXXQ,Atlantis,OTWD_D,Outward,KAZ,2024,1\n", "line 2", "column 'COUNTRY.ID' is 'XXQ': expected an ISO alpha-3 code" },
        { "imf", "COUNTRY,TIME_PERIOD,OBS_VALUE\nCHN,2024,1\n", "line 1", "the header lacks 'COUNTRY.ID'" },
        { "tidy", "state,partner,indicator,year,value,unit\nUZB,Russian Federation,trade,2023,abc,USD millions\n", "line 2", "column 'value' is 'abc': expected a number" },
        { "tidy", "state,partner,indicator,year,value,unit\nUZB,Narnia,trade,2023,1,USD millions\n", "line 2", "column 'partner' is 'Narnia'" },
        { "tidy", "state,partner,indicator,year,value,unit\nUZB,RUS,trade,2023,1,USD millions\nUZB,RUS,trade,20", "line 3", "" },
        { "aiddata", AidHeader + "\"Atlantis\",2014,0,0,14,1,15,0,0,0,0,0\n", "line 2", "column 'receiving_country' is 'Atlantis'" },
        { "aiddata", AidHeader + "\"Kazakhstan\",2014,0,0,many,1,15,0,0,0,0,0\n", "line 2", "column 'government_visits' is 'many': expected a count" },
        { "aiddata", "receiving_country,year\n\"Kazakhstan\",2014\n", "line 1", "the header lacks 'confucius_institutes'" },
        { "aiddata", AidHeader + "\"Kazakhstan\",2014,0,0,14,1,15,0,0,0,0,0\n\"Kazakhstan\",2015,0,0,14", "line 3", "" },
    };

    private const string AidHeader = "receiving_country,year,confucius_institutes,sister_cities_established,government_visits,military_visits,total_elite_visits,ambassador_op_eds,journalist_visits,media_partnerships,outbound_chinese_students,inbound_students_to_china\n";

    [Fact]
    public void Aiddata_counts_chinas_government_visits_to_kazakhstan_by_year()
    {
        using var command = bundled.Store.Db.CommandText(
            "SELECT string_agg(year || ':' || value::INTEGER, ',' ORDER BY year) FROM ties WHERE state = 'KAZ' AND partner = 'CHN' AND indicator = 'government-visits' AND year IN (2014, 2017)");
        Assert.Equal("2014:14,2017:11", command.ExecuteScalar());
    }

    [Theory]
    [MemberData(nameof(BadCsvs))]
    public void A_bad_ties_csv_is_refused_with_its_line_and_the_store_is_unchanged(string format, string text, string line, string says)
    {
        var path = _files.Write($"{format}-{Guid.NewGuid():N}.csv", text);
        using var store = MultivectorStore.Open(StoreFiles.CopyOfBundled(_files.Folder, $"{Guid.NewGuid():N}.duckdb"));
        var before = TieCount(store);

        var tieFormat = format switch { "imf" => TieFormat.Imf, "aiddata" => TieFormat.AidData, _ => TieFormat.Tidy };
        var e = Assert.Throws<ImportException>(() => store.ImportTies(tieFormat, path));

        Assert.Contains(line, e.Message, StringComparison.Ordinal);
        Assert.Contains(says, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, TieCount(store));
    }

    [Fact]
    public void An_imts_trade_export_in_the_imf_layout_and_a_tidy_file_import_and_importing_again_adds_nothing()
    {
        var imts = _files.Write("imts.csv", """
            COUNTRY.ID,COUNTRY,INDICATOR.ID,INDICATOR,COUNTERPART_COUNTRY.ID,COUNTERPART_COUNTRY,FREQUENCY.ID,FREQUENCY,TIME_PERIOD,OBS_VALUE
            CHN,"China, People's Republic of",XG_FOB_USD,"Exports of goods, Free on board (FOB), US dollar",UZB,"Uzbekistan, Republic of",A,Annual,2023,9012.5
            CHN,"China, People's Republic of",MG_CIF_USD,"Imports of goods, Cost insurance freight (CIF), US dollar",UZB,"Uzbekistan, Republic of",A,Annual,2023,4001.25

            """);
        var tidy = _files.Write("tidy.csv", "state,partner,indicator,year,value,unit,direction\nUZB,Türkiye,students,2020,1200,people,outflow\nUZB,WORLD,students,2020,90000,people,outflow\n");
        using var store = MultivectorStore.Open(StoreFiles.CopyOfBundled(_files.Folder, "imts.duckdb"));

        Assert.Equal(2, store.ImportTies(TieFormat.Imf, imts).RowsAdded);
        Assert.Equal(2, store.ImportTies(TieFormat.Tidy, tidy).RowsAdded);
        Assert.Equal(0, store.ImportTies(TieFormat.Imf, imts).RowsAdded);

        var chn = store.Ties(StateCode.Parse("UZB"), [StateCode.Parse("CHN"), StateCode.Parse("TUR")]);
        var trade = chn.Partners.Single(p => p.Partner == "CHN").Shares.Where(s => s.Indicator == "goods-trade").ToDictionary(s => s.Direction);
        Assert.Equal(9012.5, trade["inflow"].Value);
        Assert.Equal(4001.25, trade["outflow"].Value);
        Assert.Equal(1200, chn.Partners.Single(p => p.Partner == "TUR").Shares.Single(s => s.Indicator == "students").Value);
    }

    private static long TieCount(MultivectorStore store)
    {
        using var command = store.Db.CommandText("SELECT count(*) + coalesce(sum(value), 0)::BIGINT FROM ties");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The Russia → Uzbekistan cell and the Uzbekistan column's total over senders, straight from the workbook.</summary>
    private static (double Cell, double Column) UzbekistanCells()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(Path.Combine(Bundle.Folder, "ties", "knomad_bilateral_remittance_matrix_2021_Dec2022.xlsx"));
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(stream);
        int? column = null;
        double cell = double.NaN, total = 0;
        while (reader.Read())
        {
            var name = reader.GetValue(0) as string;
            if (column is null)
            {
                for (var c = 1; c < reader.FieldCount; c++) if (reader.GetValue(c) is string s && s.Trim() == "Uzbekistan") column = c;
                continue;
            }
            if (name?.Trim() == "WORLD") break;
            if (reader.GetValue(column.Value) is double v)
            {
                total += v;
                if (name?.Trim() == "Russian Federation") cell = v;
            }
        }
        return (cell, total);
    }

    private string Truncated()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Bundle.Folder, "ties", "knomad_bilateral_remittance_matrix_2021_Dec2022.xlsx"));
        return _files.WriteBytes("knomad-truncated.xlsx", bytes[..(bytes.Length / 2)]);
    }

    private static readonly string[] HeaderCountries = ["Kazakhstan", "Kyrgyz Republic", "Russian Federation", "Tajikistan", "Uzbekistan"];
    private static readonly string[] Title = ["Bilateral Remittance Estimates for 2021 (millions of US$)"];
    private static readonly string[] NoHeader = ["Sending country"];
    private static readonly string[] World = ["WORLD", "184.2", "2017.5", "", "2306.8", "9197.5"];
    private static readonly string[] Contents = ["Contents"];
    private static readonly string[] ContentsNote = ["This sheet lists the tables in the workbook."];

    /// <summary>A small .xlsx written from parts (inline strings), shaped like the KNOMAD matrix but spoiled one way.</summary>
    private static byte[] Workbook(string kind)
    {
        var countries = HeaderCountries.Concat(Enumerable.Range(0, 50).Select(_ => "Turkiye")).ToArray();
        List<string[]> rows = kind == "wrong-sheet" ? [Contents, ContentsNote] :
        [
            Title,
            kind == "no-header" ? NoHeader : ["Sending (down), receiving (across)", .. countries],
            [kind == "unknown-country" ? "Atlantis" : "Russian Federation", "184.2", kind == "text-cell" ? "lots" : "2017.5", "", "2306.8", "9197.5"],
            World,
        ];
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = $"{Column(c)}{r + 1}";
                var v = rows[r][c];
                if (v.Length == 0) continue;
                if (r >= 2 && c >= 1 && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{cell}\"><v>{v}</v></c>");
                else
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(v)}</t></is></c>");
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"BRM 2021\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Add("xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return buffer.ToArray();
    }

    private static string Column(int c) => c < 26 ? ((char)('A' + c)).ToString() : $"{(char)('A' + c / 26 - 1)}{(char)('A' + c % 26)}";
}
