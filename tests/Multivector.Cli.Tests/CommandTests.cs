using System.Text.Json;
using DuckDB.NET.Data;

namespace Multivector.Cli.Tests;

[Collection(CliStoreGroup.Name)]
public sealed class CommandTests(CliStore store)
{
    [Fact]
    public void Help_lists_every_command()
    {
        var (exit, output, _) = CliStore.RunBare("--help");

        Assert.Equal(0, exit);
        Snapshot.Match("help", output);
    }

    [Fact]
    public void Profile_help_explains_its_options()
    {
        var (exit, output, _) = CliStore.RunBare("profile", "--help");

        Assert.Equal(0, exit);
        Snapshot.Match("profile-help", output);
    }

    [Fact]
    public void Votes_shows_the_ukraine_resolution_with_central_asian_votes()
    {
        var (exit, output, _) = store.Run("votes", "A/RES/68/262");

        Assert.Equal(0, exit);
        Snapshot.Match("votes-68-262", output);
    }

    [Fact]
    public void Votes_es_11_lists_the_emergency_session_on_ukraine_with_the_central_asian_votes()
    {
        var (exit, output, _) = store.Run("votes", "ES-11");

        Assert.Equal(0, exit);
        Snapshot.Match("votes-es-11", output);
    }

    [Fact]
    public void Sources_lists_both_bundled_sources_and_their_diff_finds_no_disagreement()
    {
        var (exit, output, _) = store.Run("sources");
        Assert.Equal(0, exit);
        Snapshot.Match("sources", output);

        (exit, output, _) = store.Run("sources", "diff");
        Assert.Equal(0, exit);
        Assert.Contains("165 roll calls are held by both voeten and undl; they disagree on 0.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ties_puts_uzbekistans_money_and_people_by_partner_next_to_vote_agreement()
    {
        var (exit, output, _) = store.Run("ties", "UZB");

        Assert.Equal(0, exit);
        Snapshot.Match("ties-uzb", output);
    }

    [Fact]
    public void Agree_prints_every_measure_with_intervals()
    {
        var (exit, output, _) = store.Run("agree", "KAZ", "RUS", "--years", "2000-2010", "--replicates", "200");

        Assert.Equal(0, exit);
        Snapshot.Match("agree-kaz-rus", output);
    }

    [Fact]
    public void Profile_prints_partners_trend_lines_and_years()
    {
        var (exit, output, _) = store.Run("profile", "UZB", "--years", "2015-2020", "--replicates", "50");

        Assert.Equal(0, exit);
        Snapshot.Match("profile-uzb", output);
    }

    [Fact]
    public void Agree_json_holds_every_measure_for_the_pair()
    {
        var (exit, output, _) = store.Run("agree", "TJK", "CHN", "--sessions", "70", "--json", "--replicates", "50");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("TJK", json.RootElement.GetProperty("a").GetString());
        var measures = json.RootElement.GetProperty("rows")[0].GetProperty("measures");
        Assert.Equal(7, measures.GetArrayLength());
        Assert.Equal("identical", measures[0].GetProperty("measure").GetString());
        Assert.InRange(measures[0].GetProperty("value").GetDouble(), 0, 1);
    }

    [Fact]
    public void Profile_json_carries_raw_and_relative_agreement_per_year()
    {
        var (exit, output, _) = store.Run("profile", "KGZ", "--partners", "RUS,TUR", "--years", "2018-2019", "--json", "--replicates", "20");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var periods = json.RootElement.GetProperty("periods");
        Assert.Equal(2, periods.GetArrayLength());
        var point = periods[0].GetProperty("partners")[0];
        Assert.Equal("RUS", point.GetProperty("partner").GetString());
        Assert.Equal(point.GetProperty("agreement").GetDouble() - point.GetProperty("baseline").GetDouble(), point.GetProperty("relative").GetDouble(), 5);
    }

    [Fact]
    public void An_unknown_state_is_a_clear_error()
    {
        var (exit, _, status) = store.Run("agree", "KAZ", "XYZ");

        Assert.Equal(1, exit);
        Assert.Contains("Unknown state 'XYZ'", status, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_year_range_is_a_usage_error()
    {
        var (exit, _, status) = store.Run("profile", "KAZ", "--years", "nineteen-ninety");

        Assert.Equal(2, exit);
        Assert.Contains("--years", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_parquet_that_duckdb_reads_back()
    {
        var file = Path.Combine(store.Folder, "votes.parquet");
        var (exit, _, _) = store.Run("export", "parquet", "votes", "--out", file);

        Assert.Equal(0, exit);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM read_parquet($path)";
        command.Parameters.Add(new DuckDBParameter("path", file));
        Assert.Equal(956_555L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Export_writes_csv_with_a_header()
    {
        var file = Path.Combine(store.Folder, "states.csv");
        var (exit, _, _) = store.Run("export", "csv", "states", "--out", file);

        Assert.Equal(0, exit);
        Assert.StartsWith("code,iso2,cow,cow_abbrev,name", File.ReadLines(file).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_a_bad_file_names_the_file_and_line_and_leaves_the_store_alone()
    {
        var bad = Path.Combine(store.Folder, "un_votes.csv");
        File.WriteAllText(bad, "rcid,country,country_code,vote\n5309,Kazakhstan,KZ,maybe\n");
        File.WriteAllText(Path.Combine(store.Folder, "un_roll_calls.csv"),
            "rcid,session,importantvote,date,unres,amend,para,short,descr\n5309,68,0,2014-03-27,R/68/262,,,X,Y\n");
        var before = store.Run("votes", "A/RES/68/262").Output;

        var (exit, _, status) = store.Run("import", "unvotes", bad);

        Assert.Equal(1, exit);
        Assert.Contains("un_votes.csv, line 2", status, StringComparison.Ordinal);
        Assert.Contains("expected yes, no or abstain", status, StringComparison.Ordinal);
        Assert.Equal(before, store.Run("votes", "A/RES/68/262").Output);
    }
}
