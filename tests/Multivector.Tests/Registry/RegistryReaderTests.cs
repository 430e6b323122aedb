using Multivector.Model;
using Multivector.Registry;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector.Tests.Registry;

public sealed class RegistryReaderTests : IDisposable
{
    private static readonly StateDirectory States = ReferenceTables.Read(Bundle.Folder).Directory();
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-registry-").FullName;

    public RegistryReaderTests()
    {
        foreach (var file in RegistryTables.Files) File.Copy(Path.Combine(Bundle.Registry, file), Path.Combine(_folder, file));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_bundled_registry_reads_with_every_row()
    {
        var tables = RegistryTables.Read(Bundle.Registry, States);

        Assert.Equal(8, tables.Formats.Count);
        Assert.Equal(26, tables.Summits.Count);
        Assert.Equal(2, tables.Treaties.Count);
        Assert.Equal(11, tables.Parties.Count);
    }

    [Fact]
    public void Month_and_year_dates_keep_their_precision()
    {
        var tables = RegistryTables.Read(Bundle.Registry, States);

        var first = tables.Summits.Single(s => s.Id == "2018-03_c5-astana");
        Assert.Equal(DatePrecision.Month, first.Date.Precision);
        Assert.Equal("2018-03", first.Date.ToString());
        Assert.Equal(DatePrecision.Year, tables.Summits.Single(s => s.Id == "2022_c5eu-astana").Date.Precision);
    }

    [Fact]
    public void Only_three_states_signed_the_2022_friendship_treaty()
    {
        var tables = RegistryTables.Read(Bundle.Registry, States);

        var parties = tables.Parties.Where(p => p.Treaty == "ca-friendship-2022").ToList();
        Assert.Equal(["KAZ", "KGZ", "UZB"], parties.Where(p => p.Signed is not null).Select(p => p.State.Value).Order());
        Assert.All(parties.Where(p => p.Signed is not null), p => Assert.Equal("2022-07-21", p.Signed.ToString()));
        Assert.Contains("AsiaNews", parties.Single(p => p.State == StateCode.Parse("TJK")).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summits_file_without_the_precision_column_is_refused_naming_the_column()
    {
        Rewrite("summits.csv", text => text.Replace("id,date,precision,", "id,date,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.StartsWith("summits.csv, line 1: the header lacks 'precision'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_refused_with_its_line()
    {
        Rewrite("summits.csv", text => text.Replace("2016-08-03_c5plus1-washington,2016-08-03,", "2016-08-03_c5plus1-washington,2016-13-03,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Equal(3, error.Line);
        Assert.Contains("column 'date' is '2016-13-03': expected a date as YYYY-MM-DD, YYYY-MM or YYYY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_precision_that_disagrees_with_the_date_is_refused()
    {
        Rewrite("summits.csv", text => text.Replace("2018-03,month,", "2018-03,day,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("the date 2018-03 is known to the month: expected 'month'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_letter_state_code_is_refused_as_unknown()
    {
        Rewrite("summits.csv", text => text.Replace("USA;KAZ;KGZ;TJK;TKM;UZB,\"US Secretary of State John Kerry; FMs Erlan Idrisov", "US;KZ;KGZ;TJK;TKM;UZB,\"US Secretary of State John Kerry; FMs Erlan Idrisov", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Equal("summits.csv, line 2: 'US' in column 'states' is not a state the store knows: expected three-letter codes such as KAZ, separated by ';' (see data/states.csv).", error.Message);
    }

    [Fact]
    public void An_unknown_state_in_treaty_parties_is_refused()
    {
        Rewrite("treaty-parties.csv", text => text.Replace("ca-friendship-2022,KAZ,", "ca-friendship-2022,XYZ,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.StartsWith("treaty-parties.csv, line 2: 'XYZ' in column 'state' is not a state the store knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_many_fields_is_refused()
    {
        Rewrite("formats.csv", text => text.Replace("C5+China,China–Central Asia,CHN,", "C5+China,China–Central Asia,CHN,,extra", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.StartsWith("formats.csv, line 4: 5 fields where the header has 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summit_in_a_format_not_listed_is_refused()
    {
        Rewrite("summits.csv", text => text.Replace(",C5+Japan,", ",C5+Korea,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("format 'C5+Korea' is not in formats.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_to_a_treaty_not_listed_is_refused()
    {
        Rewrite("treaty-parties.csv", text => text.Replace("ca-friendship-2022,UZB,", "ca-friendship-2023,UZB,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("treaty 'ca-friendship-2023' is not in treaties.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratification_without_an_earlier_signature_is_refused()
    {
        Rewrite("treaty-parties.csv", text => text.Replace("ca-friendship-2022,TJK,,,", "ca-friendship-2022,TJK,,2023-05,", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("TJK ratified ca-friendship-2022 on 2023-05 without a signature before it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_is_not_a_url_is_refused()
    {
        Rewrite("treaties.csv", text => text.Replace(",https://astanatimes.com/", ",astanatimes.com/", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(Read);
        Assert.Contains("column 'source'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected one or more URLs", error.Message, StringComparison.Ordinal);
    }

    private RegistryTables Read() => RegistryTables.Read(_folder, States);

    private void Rewrite(string file, Func<string, string> change)
    {
        var path = Path.Combine(_folder, file);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
