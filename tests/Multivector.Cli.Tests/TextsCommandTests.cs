using System.Text.Json;

namespace Multivector.Cli.Tests;

[Collection(CliStoreGroup.Name)]
public sealed class TextsCommandTests(CliStore store)
{
    [Fact]
    public void Compare_labels_three_c5plus1_statements_clause_by_clause()
    {
        var (exit, output, _) = store.Run("compare", "c5plus1-samarkand", "c5plus1-fourth-ministerial", "c5plus1-unga77", "--lexical");

        Assert.Equal(0, exit);
        Snapshot.Match("compare-c5plus1-lexical", output);
    }

    [Fact]
    public void Compare_writes_a_self_contained_html_page_with_highlighted_clauses()
    {
        var html = Path.Combine(store.Folder, "compare.html");

        var (exit, _, status) = store.Run("compare", "c5plus1-samarkand", "c5plus1-fourth-ministerial", "--lexical", "--html", html);

        Assert.Equal(0, exit);
        Assert.Contains("compare.html", status, StringComparison.Ordinal);
        var page = File.ReadAllText(html);
        Assert.Contains("<span id=\"d1c0\" class=\"core\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"spin\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.DoesNotContain("://", page.Split("<body>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_as_json_carries_offsets_into_each_text()
    {
        var (exit, output, _) = store.Run("compare", "c5plus1-samarkand", "c5plus1-fourth-ministerial", "--lexical", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var side = json.RootElement.GetProperty("sides")[0];
        var text = side.GetProperty("text").GetString()!;
        foreach (var c in side.GetProperty("clauses").EnumerateArray())
        {
            var clause = c.GetProperty("clause");
            Assert.Equal(clause.GetProperty("text").GetString(), text.Substring(clause.GetProperty("start").GetInt32(), clause.GetProperty("length").GetInt32()));
        }
    }

    [Fact]
    public void Reuse_shows_what_the_2019_ministerial_took_from_samarkand()
    {
        var (exit, output, _) = store.Run("reuse", "c5plus1-fourth-ministerial");

        Assert.Equal(0, exit);
        Snapshot.Match("reuse-c5plus1-2019", output);
    }

    [Fact]
    public void Topics_tags_each_clause_of_a_statement()
    {
        var (exit, output, _) = store.Run("topics", "c5plus1-unga77", "--lexical");

        Assert.Equal(0, exit);
        Snapshot.Match("topics-c5plus1-2022-lexical", output);
    }

    [Fact]
    public void Texts_import_of_a_bad_file_fails_with_its_name_and_line()
    {
        var path = Path.Combine(store.Folder, "broken.jsonl");
        File.WriteAllText(path, "{\"id\": \"x\",\n");

        var (exit, _, status) = store.Run("texts", "import", path);

        Assert.Equal(1, exit);
        Assert.Contains("broken.jsonl, line 1: malformed JSON", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_one_document_is_a_usage_error()
    {
        var (exit, _, status) = store.Run("compare", "c5plus1-samarkand");

        Assert.Equal(2, exit);
        Assert.Contains("two or more documents", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_import_lists_the_files_it_skips_and_takes_a_format_for_the_statements()
    {
        // A copy of the built store, so the shared one keeps only the bundled statements.
        var folder = Directory.CreateDirectory(Path.Combine(store.Folder, "c5x-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var copy = Path.Combine(folder, "copy.duckdb");
        File.Copy(store.Path, copy);
        var texts = Directory.CreateDirectory(Path.Combine(folder, "texts")).FullName;
        File.WriteAllText(Path.Combine(texts, "SOURCES.md"), "# Sources\n");
        File.WriteAllText(Path.Combine(texts, "2022-01-27_delhi-test.txt"),
            "TITLE: Delhi test\nDATE: 2022-01-27\nPARTIES: India; Kazakhstan; Kyrgyz Republic; Tajikistan; Turkmenistan; Uzbekistan\nCOMPLETENESS: partial\n=====\n\nThe leaders agreed to meet every two years.\n");

        var (exit, output, status) = CliStore.RunBare("texts", "import", texts, "--format", "India-Central Asia", "--store", copy);
        var (_, listed, _) = CliStore.RunBare("texts", "list", "--format", "India-Central Asia", "--json", "--store", copy);

        Assert.True(exit == 0, status);
        Assert.Contains("Skipped 1 files that are not statements: SOURCES.md.", output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"completeness\": \"partial\"", listed, StringComparison.Ordinal);
        Assert.Contains("\"issuers\": [\n      \"IND\"", listed.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Framing_names_the_corridor_and_the_markers_of_the_new_york_declaration()
    {
        var (exit, output, status) = store.Run("framing", "c5plus1-new-york-declaration");

        Assert.True(exit == 0, status);
        var text = output.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("Corridor: Middle Corridor", text, StringComparison.Ordinal);
        Assert.Contains("sovereignty and", text, StringComparison.Ordinal);
        Assert.Contains("Lexicon version 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Framing_of_an_unknown_document_fails_with_a_clear_error()
    {
        var (exit, _, status) = store.Run("framing", "no-such-statement");

        Assert.Equal(1, exit);
        Assert.Contains("No document 'no-such-statement'", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/statement", "'ftp://example.org/statement' is not a web address: expected an http or https URL.")]
    [InlineData("statement.html", "'statement.html' is not a web address")]
    public void Texts_fetch_refuses_what_is_not_a_web_address_as_a_usage_error(string url, string says)
    {
        var (exit, _, status) = store.Run("texts", "fetch", url);

        Assert.Equal(2, exit);
        Assert.Contains(says, status.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_fetch_refuses_a_date_that_is_not_one()
    {
        var (exit, _, status) = store.Run("texts", "fetch", "http://127.0.0.1:9/statement", "--date", "9 May 2024");

        Assert.Equal(2, exit);
        Assert.Contains("--date", status, StringComparison.Ordinal);
    }
}
