using System.Text.Json;
using Spectre.Console.Testing;

namespace Multivector.Cli.Tests;

[Collection(CliStoreGroup.Name)]
public sealed class IdealCommandTests(CliStore store) : IDisposable
{
    // A copy of the shared store, so that the run this writes cannot reach the profile snapshot of the other tests.
    private readonly string _path = CopyOf(store);

    private static string CopyOf(CliStore store)
    {
        var path = Path.Combine(store.Folder, $"ideal-{Guid.NewGuid():N}.duckdb");
        File.Copy(store.Path, path);
        return path;
    }

    private (int Exit, string Output, string Status) Run(params string[] args)
    {
        var output = new TestConsole().Width(100);
        var status = new TestConsole().Width(100);
        var exit = CliApp.Run([.. args, "--store", _path], output, status);
        return (exit, output.Output, status.Output);
    }

    [Fact]
    public void Ideal_prints_trajectories_with_intervals_and_then_reuses_the_stored_run()
    {
        var (exit, output, _) = Run("ideal", "--sessions", "69-70", "--states", "KAZ,RUS,USA,CHN", "--bootstrap", "4");
        var (again, second, _) = Run("ideal", "--sessions", "69-70", "--states", "KAZ,RUS,USA,CHN", "--bootstrap", "4");

        Assert.Equal(0, exit);
        Snapshot.Match("ideal-69-70", output);
        Assert.Equal(0, again);
        Assert.Contains("(stored, reused)", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Ideal_points_export_to_csv_and_reach_the_profile()
    {
        Run("ideal", "--sessions", "69-70", "--bootstrap", "0", "--json");
        var file = Path.Combine(store.Folder, $"ideal-{Guid.NewGuid():N}.csv");

        var (exit, _, _) = Run("export", "csv", "ideal-points", "--out", file);
        var (_, profile, _) = Run("profile", "KAZ", "--years", "2015", "--replicates", "0");

        Assert.Equal(0, exit);
        Assert.StartsWith("run_id,by_period,binary_mode,state,state_name,period,position,low,high,votes", File.ReadLines(file).First(), StringComparison.Ordinal);
        Assert.True(File.ReadLines(file).Count() > 300);
        Assert.Contains("Ideal-point distance", profile, StringComparison.Ordinal);
        var parquet = Path.Combine(store.Folder, $"ideal-{Guid.NewGuid():N}.parquet");
        Assert.Equal(0, Run("export", "parquet", "ideal-points", "--out", parquet).Exit);
        Assert.True(new FileInfo(parquet).Length > 0);
        Assert.Contains("RUS", profile, StringComparison.Ordinal);
    }

    [Fact]
    public void Ideal_json_has_a_trajectory_per_requested_state()
    {
        var (exit, output, _) = Run("ideal", "--sessions", "70", "--states", "USA,RUS", "--binary", "--bootstrap", "0", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var states = json.RootElement.GetProperty("states");
        Assert.Equal(2, states.GetArrayLength());
        Assert.Equal("USA", states[0].GetProperty("state").GetString());
        Assert.True(states[0].GetProperty("points")[0].GetProperty("position").GetDouble() > states[1].GetProperty("points")[0].GetProperty("position").GetDouble());
        Assert.True(json.RootElement.GetProperty("binary").GetBoolean());
    }

    public void Dispose() => File.Delete(_path);
}
