using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Multivector.Cli.Tests;

/// <summary>The README runs: its quick-start command gives exactly the sample output it shows.</summary>
[Collection(CliStoreGroup.Name)]
public sealed partial class ReadmeTests(CliStore store)
{
    [Fact]
    public void The_cli_example_prints_the_sample_output_shown_in_the_readme()
    {
        var readme = File.ReadAllText(ReadmePath());
        var example = Section(readme, "cli-example");
        var command = example.Split('\n').Single(l => l.StartsWith("dotnet run", StringComparison.Ordinal));
        var args = command[(command.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var (exit, output, _) = store.Run(args);

        Assert.Equal(0, exit);
        var received = Path.Combine(Path.GetDirectoryName(ReadmePath())!, "tests", "Multivector.Cli.Tests", "Snapshots", "readme-sample.received.txt");
        if (!Lines(Section(readme, "sample-output")).SequenceEqual(Lines(output)))
        {
            File.WriteAllText(received, output);
            Assert.Fail($"The README's sample output is not what `{command}` prints. The actual output is in {received}.");
        }
        File.Delete(received);
    }

    [Fact]
    public void The_readmes_ties_example_is_what_the_command_prints()
    {
        var readme = File.ReadAllText(ReadmePath());
        var block = Section(readme, "ties-sample");
        var command = block.Split('\n').First(l => l.StartsWith("$ multivector ", StringComparison.Ordinal));
        var args = command["$ multivector ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var (exit, output, _) = store.Run(args);

        Assert.Equal(0, exit);
        Assert.Equal(Lines(block[(block.IndexOf(command, StringComparison.Ordinal) + command.Length)..]), Lines(output));
    }

    [Fact]
    public void The_quick_start_is_two_commands_the_dashboard_and_the_tests()
    {
        var quickStart = Section(File.ReadAllText(ReadmePath()), "quick-start");

        // The dashboard command itself is run by Multivector.Web.Tests (QuickStartTests).
        Assert.Equal(["dotnet run -c Release --project src/Multivector.Web", "dotnet test"], quickStart.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Section(string readme, string name)
    {
        var match = Regex.Match(readme, $"<!-- {name} -->\\s*```[a-z]*\\n(.*?)```\\s*<!-- /{name} -->", RegexOptions.Singleline);
        Assert.True(match.Success, $"README.md has no ```…``` block between <!-- {name} --> and <!-- /{name} -->.");
        return "\n" + match.Groups[1].Value.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string[] Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse()];

    private static string ReadmePath([CallerFilePath] string caller = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", "README.md"));
}
