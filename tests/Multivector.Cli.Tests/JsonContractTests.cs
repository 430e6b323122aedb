using System.Text.Json;
using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Cli.Tests;

/// <summary>
/// The JSON every host writes, pinned report by report on the bundled data: state codes as "USA", enums as
/// kebab words, NaN as null. The snapshots change only when the contract does.
/// </summary>
[Collection(CliStoreGroup.Name)]
public sealed class JsonContractTests(CliStore store)
{
    [Theory]
    [InlineData("agree", "agree UZB RUS --years 2020-2022 --by year --replicates 50")]
    [InlineData("profile", "profile TJK --years 2021-2023 --replicates 20")]
    [InlineData("votes", "votes ES-11 --states KAZ,KGZ,TJK,TKM,UZB")]
    [InlineData("ties", "ties KGZ")]
    [InlineData("sources", "sources")]
    [InlineData("timeline", "timeline --state TJK --from 2022 --to 2023")]
    [InlineData("compare", "compare c5plus1-samarkand c5plus1-fourth-ministerial --lexical")]
    [InlineData("topics", "topics c5plus1-samarkand --lexical")]
    [InlineData("reuse", "reuse c5plus1-new-york-declaration")]
    public void Each_report_writes_the_same_json_contract(string name, string command)
    {
        var (exit, output, status) = store.Run([.. command.Split(' '), "--json"]);

        Assert.True(exit == 0, status);
        using (JsonDocument.Parse(output))
        {
        }
        // A state code as an object, {"value": "USA"}, is what a serializer without the contract writes.
        Assert.DoesNotMatch(@"\{\s*""value"":\s*""[A-Z]{3}""\s*\}", output);
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        Snapshot.Match("json-" + name, output);
    }

    [Fact]
    public void Domain_types_carry_their_json_form_even_with_a_serializers_default_options()
    {
        var json = JsonSerializer.Serialize(new { State = StateCode.Parse("usa"), Measure = Measure.StateDeptCurrent, Vote = Vote.NonMember });

        Assert.Equal("{\"State\":\"USA\",\"Measure\":\"state-dept-current\",\"Vote\":\"non-member\"}", json);
    }

    [Fact]
    public void Undefined_numbers_are_null_in_the_contract()
    {
        Assert.Equal("{\n  \"a\": null,\n  \"b\": 0.333333\n}", Reports.ReportJson.Serialize(new { A = double.NaN, B = 1.0 / 3 }).Replace("\r", "", StringComparison.Ordinal));
    }
}
