using System.Text.Json;
using Spectre.Console.Testing;

namespace Multivector.Cli.Tests;

[Collection(CliStoreGroup.Name)]
public sealed class TimelineCommandTests(CliStore store)
{
    [Fact]
    public void Timeline_for_tajikistan_reads_in_80_columns()
    {
        // The brief for this table is an 80-column terminal, narrower than the other snapshots' 100.
        var output = new TestConsole().Width(80);
        var exit = CliApp.Run(["timeline", "--state", "TJK", "--from", "2022", "--to", "2023", "--store", store.Path], output, new TestConsole());

        Assert.Equal(0, exit);
        Assert.All(output.Output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
        Snapshot.Match("timeline-tjk-2022-2023", output.Output);
    }

    [Fact]
    public void Timeline_json_carries_partial_dates_states_and_documents()
    {
        var (exit, output, _) = store.Run("timeline", "--format", "c5+1", "--newest", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var events = json.RootElement.GetProperty("events");
        Assert.Equal(6, events.GetArrayLength());
        Assert.Equal("2025-11-06", events[0].GetProperty("date").GetString());
        Assert.Equal("C5+1", events[0].GetProperty("format").GetString());
        Assert.Equal("heads-of-state", events[0].GetProperty("level").GetString());
        var newYork = events[1];
        Assert.Equal("USA", newYork.GetProperty("states")[0].GetString());
        Assert.Equal("2023-09-21_c5plus1-new-york-declaration", newYork.GetProperty("documents")[0].GetString());
    }

    [Fact]
    public void Timeline_refuses_an_unknown_format_listing_the_known_ones()
    {
        var (exit, _, status) = store.Run("timeline", "--format", "C5+Korea");

        Assert.Equal(1, exit);
        Assert.Contains("Unknown format 'C5+Korea': expected one of C5, C5+1, C5+China", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_refuses_a_date_that_is_not_one()
    {
        var (exit, _, status) = store.Run("timeline", "--from", "March 2018");

        Assert.Equal(1, exit);
        Assert.Contains("--from 'March 2018': expected a date as YYYY-MM-DD, YYYY-MM or YYYY.", status, StringComparison.Ordinal);
    }
}
