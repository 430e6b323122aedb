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
    public void Rows_come_in_period_order_then_code_order_whatever_order_the_lists_name_states()
    {
        var path = Path.Combine(_folder, "ordered.csv");
        var query = new DyadQuery
        {
            Selection = new Selection { FromSession = 70, ToSession = 79 },
            By = PeriodKind.Session,
            States = [C("UZB"), C("KAZ"), C("TKM")],
            Partners = [C("USA"), C("CHN"), C("RUS"), C("IND")],
        };

        var result = bundled.Store.Dyads(query, ExportFormat.Csv, path);
        var keys = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Select(r => (Session: int.Parse(r[3], CultureInfo.InvariantCulture), A: r[0], B: r[1])).ToList();

        Assert.Equal(10 * 12, result.Rows);
        var sorted = keys.OrderBy(k => k.Session).ThenBy(k => k.A, StringComparer.Ordinal).ThenBy(k => k.B, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
        Assert.Contains(("KAZ", "USA"), keys.Select(k => (k.A, k.B)));
        Assert.Contains(("IND", "UZB"), keys.Select(k => (k.A, k.B)));
    }

    [Fact]
    public void Intervals_are_the_agreement_reports_own()
    {
        var path = Path.Combine(_folder, "intervals.csv");
        var selection = new Selection { FromYear = 2018, ToYear = 2024 };
        var uncertainty = new Uncertainty(Replicates: 100, Level: 0.9);

        bundled.Store.Dyads(new DyadQuery { Selection = selection, States = [C("KAZ")], Partners = [C("RUS")], Intervals = uncertainty }, ExportFormat.Csv, path);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var report = bundled.Store.Agreement(C("KAZ"), C("RUS"), selection, PeriodKind.Year, uncertainty);

        Assert.Equal(13 + 14, header.Length);
        Assert.Equal(["identical_low", "identical_high"], header[13..15]);
        Assert.Equal(7, rows.Count);
        foreach (var row in report.Rows)
        {
            var line = rows.Single(r => r[3] == row.Period);
            foreach (var (value, m) in row.Measures.Select((v, m) => (v, m)))
            {
                var (low, high) = (line[13 + 2 * m], line[14 + 2 * m]);
                if (double.IsFinite(value.Low)) Assert.Equal(value.Low, double.Parse(low, CultureInfo.InvariantCulture), 12);
                else Assert.Equal("", low);
                if (double.IsFinite(value.High)) Assert.Equal(value.High, double.Parse(high, CultureInfo.InvariantCulture), 12);
                else Assert.Equal("", high);
            }
        }
        Assert.Contains(rows, r => r[13] != r[14]);
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
