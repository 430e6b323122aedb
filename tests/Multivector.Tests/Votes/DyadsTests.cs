using System.Globalization;
using Multivector.Model;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

[Collection(BundledStoreGroup.Name)]
public sealed class DyadsTests(BundledStore bundled) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-dyads-").FullName;

    private static StateCode C(string code) => StateCode.Parse(code);

    [Theory]
    [InlineData("KAZ", "RUS")]
    [InlineData("UZB", "USA")]
    [InlineData("TKM", "CHN")]
    [InlineData("KGZ", "TJK")]
    public void Each_dyad_year_matches_the_agreement_report(string a, string b)
    {
        var path = Path.Combine(_folder, $"{a}-{b}.csv");
        var selection = new Selection { FromYear = 2012, ToYear = 2024 };
        var result = bundled.Store.Dyads(new DyadQuery { Selection = selection, States = [C(a)], Partners = [C(b)] }, ExportFormat.Csv, path);
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        var report = bundled.Store.Agreement(C(a), C(b), selection, PeriodKind.Year, new Uncertainty(Replicates: 0));

        Assert.Equal(report.Rows.Count(r => r.BothVoted > 0), result.Rows);
        foreach (var row in report.Rows.Where(r => r.BothVoted > 0))
        {
            var line = rows.Single(r => r[3] == row.Period);
            var (first, second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            Assert.Equal([first, second, "year"], line[..3]);
            Assert.Equal(row.BothVoted, int.Parse(line[5], CultureInfo.InvariantCulture));
            var measures = MeasureLabels.Every.ToList();
            for (var m = 0; m < measures.Count; m++)
            {
                var expected = row.Measures.Single(x => x.Measure == measures[m]).Value;
                var text = line[6 + m];
                if (double.IsFinite(expected)) Assert.Equal(expected, double.Parse(text, CultureInfo.InvariantCulture), 12);
                else Assert.Equal("", text);
            }
        }
    }

    [Fact]
    public void Every_pair_appears_once_and_parquet_holds_the_same_rows()
    {
        var csv = Path.Combine(_folder, "all.csv");
        var parquet = Path.Combine(_folder, "all.parquet");
        var query = new DyadQuery { Selection = new Selection { FromSession = 77, ToSession = 77 }, By = PeriodKind.Session };

        var a = bundled.Store.Dyads(query, ExportFormat.Csv, csv);
        var b = bundled.Store.Dyads(query, ExportFormat.Parquet, parquet);
        var pairs = File.ReadAllLines(csv).Skip(1).Select(l => string.Join(',', l.Split(',')[..2])).ToList();

        Assert.Equal(a.Rows, b.Rows);
        Assert.True(a.Rows > 15_000, $"{a.Rows} dyads");
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(pairs, p => Assert.True(string.CompareOrdinal(p[..3], p[4..]) < 0, p));
        Assert.Equal([0x50, 0x41, 0x52, 0x31], File.ReadAllBytes(parquet)[..4]);
    }

    [Fact]
    public void An_existing_file_is_refused_and_left_as_it_was()
    {
        var path = Path.Combine(_folder, "taken.csv");
        File.WriteAllText(path, "keep");

        var e = Assert.Throws<MultivectorException>(() => bundled.Store.Dyads(new DyadQuery(), ExportFormat.Csv, path));

        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Equal("keep", File.ReadAllText(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
