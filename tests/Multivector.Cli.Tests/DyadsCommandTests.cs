namespace Multivector.Cli.Tests;

[Collection(CliStoreGroup.Name)]
public sealed class DyadsCommandTests(CliStore store) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-dyads-cli-").FullName;

    [Fact]
    public void Dyads_writes_parquet_when_the_file_says_so_and_reports_the_rows()
    {
        var path = Path.Combine(_folder, "c5.parquet");

        var (exit, output, status) = store.Run("dyads", "--years", "2022-2023", "--states", "KAZ,KGZ,TJK,TKM,UZB", "--out", path);

        Assert.True(exit == 0, status);
        Assert.Contains("dyad-years over 2 periods", output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(path)[..4]);
    }

    [Theory]
    [InlineData("--by", "month", "--by 'month': expected all, session or year")]
    [InlineData("--out", "dyads.xlsx", "Export format 'xlsx': expected csv or parquet")]
    [InlineData("--states", "Atlantis", "Unknown state 'Atlantis'")]
    public void Dyads_refuses_what_it_cannot_do(string option, string value, string says)
    {
        var (exit, _, status) = store.Run("dyads", option, option == "--out" ? Path.Combine(_folder, value) : value, "--years", "2023");

        Assert.Equal(1, exit);
        Assert.Contains(says, status.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--level", "0.9", "--level sets the level of intervals: add --intervals")]
    [InlineData("--intervals", "0", "--intervals 0: expected at least 1 replicate")]
    [InlineData("--intervals", "-5", "--intervals: -5 bootstrap replicates")]
    public void Dyads_refuses_interval_settings_that_mean_nothing_as_a_usage_error(string option, string value, string says)
    {
        var (exit, _, status) = store.Run("dyads", option, value, "--years", "2023", "--out", Path.Combine(_folder, "never.csv"));

        Assert.Equal(2, exit);
        Assert.Contains(says, status.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "never.csv")));
    }

    [Fact]
    public void An_impossible_level_is_named_as_the_level()
    {
        var (exit, _, status) = store.Run("dyads", "--intervals", "10", "--level", "1.5", "--years", "2023", "--out", Path.Combine(_folder, "never.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("--level: Confidence level 1.5", status.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Intervals_add_a_low_and_a_high_column_for_every_measure()
    {
        var path = Path.Combine(_folder, "intervals.csv");

        var (exit, _, status) = store.Run("dyads", "--years", "2023", "--states", "KAZ", "--partners", "RUS,USA", "--intervals", "50", "--out", path);

        Assert.True(exit == 0, status);
        var lines = File.ReadAllLines(path);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",kappa_low,kappa_high,pi_low,pi_high", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(27, l.Split(',').Length));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
