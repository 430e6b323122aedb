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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
