using DuckDB.NET.Data;
using Spectre.Console.Testing;

namespace Multivector.Cli.Tests;

/// <summary>
/// Text that reached a store before imports refused control characters (or through another tool) must not
/// reach the terminal raw: ESC ] 0;… sets the window title and ESC [2J clears the screen.
/// </summary>
[Collection(CliStoreGroup.Name)]
public sealed class HostileTextTests(CliStore store) : IDisposable
{
    private const string Escapes = "\u001B]0;owned\u0007\u001B[2J";
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-hostile-").FullName;

    [Theory]
    [InlineData("texts", "list", "samarkand")]
    [InlineData("topics", "c5plus1-samarkand", "--lexical")]
    [InlineData("compare", "c5plus1-samarkand", "c5plus1-fourth-ministerial", "--lexical")]
    public void Control_characters_from_stored_text_are_shown_as_symbols_not_sent_to_the_terminal(params string[] args)
    {
        var path = Hostile();

        var output = new TestConsole().Width(200);
        var status = new TestConsole().Width(200);
        var exit = CliApp.Run([.. args, "--store", path], output, status);

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001B', output.Output);
        Assert.DoesNotContain('\u0007', output.Output);
        Assert.Contains("\u241B]0;owned\u2407\u241B[2J", output.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_forbids_scripts_with_a_content_security_policy()
    {
        var html = Path.Combine(_folder, "c.html");

        var (exit, _, _) = store.Run("compare", "c5plus1-samarkand", "c5plus1-fourth-ministerial", "--lexical", "--html", html);

        Assert.Equal(0, exit);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'", File.ReadAllText(html), StringComparison.Ordinal);
    }

    /// <summary>A copy of the store whose Samarkand statement has escapes in its title and first clause.</summary>
    private string Hostile()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.duckdb");
        File.Copy(store.Path, path);
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET title = $e || title, text = $e || ' ' || text WHERE id LIKE '%samarkand%'";
        command.Parameters.Add(new DuckDBParameter("e", Escapes));
        command.ExecuteNonQuery();
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
