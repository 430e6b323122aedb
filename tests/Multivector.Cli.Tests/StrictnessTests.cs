using Multivector.Cli.Tests.Crash;
using Spectre.Console.Testing;

namespace Multivector.Cli.Tests;

/// <summary>
/// What a new user gets wrong: misspelled options, stray arguments, bad paths and pipes. Each is refused with
/// one line and a non-zero exit, never answered with a plausible number.
/// </summary>
[Collection(CliStoreGroup.Name)]
public sealed class StrictnessTests(CliStore store) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-strict-").FullName;

    [Theory]
    [InlineData("profile KAZ")]
    [InlineData("agree KAZ USA")]
    [InlineData("ideal")]
    [InlineData("votes ES-11")]
    [InlineData("import undl file.csv")]
    [InlineData("export csv states")]
    [InlineData("timeline")]
    [InlineData("states")]
    [InlineData("check")]
    [InlineData("texts import folder")]
    [InlineData("texts list")]
    [InlineData("compare a b")]
    [InlineData("reuse a")]
    [InlineData("topics a")]
    [InlineData("update")]
    [InlineData("ties UZB")]
    [InlineData("sources")]
    [InlineData("sources diff")]
    public void Every_command_refuses_an_unknown_option_naming_it(string command)
    {
        var (exit, output, status) = CliStore.RunBare([.. command.Split(' '), "--no-such-option"]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var path = command.StartsWith("texts", StringComparison.Ordinal) || command == "sources diff" ? string.Join(' ', command.Split(' ')[..2]) : command.Split(' ')[0];
        Assert.Contains($"unknown option '--no-such-option' for `{path}`", status, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_sessions_option_is_refused_with_the_right_spelling()
    {
        var (exit, output, status) = store.Run("agree", "KAZ", "USA", "--session", "74");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("unknown option '--session' for `agree`. Did you mean '--sessions'?", Flat(status), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_store_option_on_import_is_refused_instead_of_importing_into_the_default_store()
    {
        var (exit, _, status) = CliStore.RunBare("import", "undl", "file.csv", "--stor", Path.Combine(_folder, "x.duckdb"));

        Assert.Equal(2, exit);
        Assert.Contains("Did you mean '--store'?", Flat(status), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.duckdb")));
    }

    [Fact]
    public void A_stray_argument_is_refused()
    {
        var (exit, _, status) = store.Run("agree", "KAZ", "USA", "RUS");

        Assert.Equal(2, exit);
        Assert.Contains("unexpected argument 'RUS' for `agree`", Flat(status), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_to_write_onto_the_open_store()
    {
        var copy = Path.Combine(_folder, "x.duckdb");
        File.Copy(store.Path, copy);
        var size = new FileInfo(copy).Length;

        var output = new TestConsole().Width(200);
        var status = new TestConsole().Width(200);
        var exit = CliApp.Run(["export", "csv", "states", "--out", copy, "--store", copy], output, status);

        Assert.Equal(1, exit);
        Assert.Contains("is the store itself", status.Output, StringComparison.Ordinal);
        Assert.Equal(size, new FileInfo(copy).Length);
        Assert.Equal(0, CliApp.Run(["check", "--store", copy], output, status));
    }

    [Fact]
    public void Export_refuses_an_existing_file_unless_forced_and_then_replaces_it_whole()
    {
        var target = Path.Combine(_folder, "states.csv");
        File.WriteAllText(target, "keep me");

        var (exit, _, status) = store.Run("export", "csv", "states", "--out", target);
        Assert.Equal(1, exit);
        Assert.Contains("already exists", Flat(status), StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(target));

        Assert.Equal(0, store.Run("export", "csv", "states", "--out", target, "--force").Exit);
        Assert.StartsWith("code,", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Export_to_a_folder_or_a_missing_folder_is_one_line_with_exit_1()
    {
        var (exit, _, status) = store.Run("export", "csv", "states", "--out", _folder);
        Assert.Equal(1, exit);
        Assert.Contains("is a folder", Flat(status), StringComparison.Ordinal);

        (exit, _, status) = store.Run("export", "csv", "states", "--out", Path.Combine(_folder, "nope", "x.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("does not exist", Flat(status), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadStores => new()
    {
        { "folder", "is a folder" },
        { "text", "is not a DuckDB store" },
        { "empty", "is empty" },
        { "truncated", "could not be opened" },
        { "long", "too long" },
        { "/dev/stdin", "pipe or a device" },
    };

    [Theory]
    [MemberData(nameof(BadStores))]
    public void A_bad_store_path_is_one_line_with_exit_1_for_reads_and_writes(string kind, string says)
    {
        var path = kind switch
        {
            "folder" => _folder,
            "text" => Write("text.duckdb", "this is not a database\n"),
            "empty" => Write("empty.duckdb", ""),
            "truncated" => Truncated(),
            "long" => Path.Combine(_folder, new string('x', 5000) + ".duckdb"),
            _ => kind,
        };
        foreach (var command in new[] { new[] { "states" }, ["import", "undl", "file.csv"] })
        {
            var (exit, output, status) = ChildCli.Capture([.. command, "--store", path]);
            Assert.True(exit == 1, $"{kind} {command[0]}: exit {exit}: {status}");
            Assert.Contains(says, status, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", status, StringComparison.Ordinal);
            Assert.Equal("", output.Trim());
        }
    }

    [Fact]
    public void An_import_from_a_pipe_is_refused_clearly()
    {
        var copy = Path.Combine(_folder, "s.duckdb");
        File.Copy(store.Path, copy);

        var (exit, _, status) = ChildCli.Capture(["import", "undl", "/dev/stdin", "--store", copy]);

        Assert.Equal(1, exit);
        Assert.Contains("is a pipe or a device", status, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", status, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_naming_the_command_with_a_hint()
    {
        var copy = Path.Combine(_folder, "s.duckdb");
        File.Copy(store.Path, copy);

        var (exit, _, status) = ChildCli.Capture(["import", "undl", "x.csv", "--store", copy], fault: "copied!");
        Assert.Equal(70, exit);
        Assert.Contains("`import` failed unexpectedly: InvalidOperationException: fault injected at copied", status, StringComparison.Ordinal);
        Assert.Contains("--verbose", status, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", status, StringComparison.Ordinal);

        (exit, _, status) = ChildCli.Capture(["import", "undl", "x.csv", "--store", copy, "--verbose"], fault: "copied!");
        Assert.Equal(70, exit);
        Assert.Contains("at Multivector", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--page-size", "0", "Page size 0: expected 1 to 500")]
    [InlineData("--attempts", "0", "Attempts 0: expected 1 to 20")]
    [InlineData("--delay", "-1", "expected 0 to 300 seconds")]
    [InlineData("--from", "2025-13-01", "--from '2025-13-01': expected a date as YYYY-MM-DD")]
    [InlineData("--library", "ftp://example.org/", "expected an http or https URL")]
    public void An_update_value_out_of_range_is_refused_before_anything_is_fetched_or_written(string option, string value, string says)
    {
        var path = Path.Combine(_folder, "never.duckdb");

        var (exit, output, status) = CliStore.RunBare("update", option, value, "--store", path);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains(says, Flat(status), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_cut_off_marcxml_answer_is_refused_with_its_file_and_line_and_the_store_is_unchanged()
    {
        var path = Path.Combine(_folder, "s.duckdb");
        File.Copy(store.Path, path);
        var answer = Path.Combine(_folder, "answer.xml");
        File.WriteAllText(answer, "<?xml version=\"1.0\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n<record>\n<controlfield tag=\"001\">4025240</controlfield>\n<datafield tag=\"269\"");
        var size = new FileInfo(path).Length;

        var (exit, _, status) = ChildCli.Capture(["update", "--from-file", answer, "--store", path]);

        Assert.Equal(1, exit);
        Assert.Contains("answer.xml, line 5: the MARCXML answer is not well-formed", status, StringComparison.Ordinal);
        Assert.Equal(size, new FileInfo(path).Length);
        using var reader = MultivectorStore.Open(path, readOnly: true);
        Assert.False(reader.Check().Damaged);
    }

    [Fact]
    public void A_partner_equal_to_the_state_is_an_error_that_says_so()
    {
        var (exit, _, status) = store.Run("profile", "KAZ", "--partners", "+KAZ");

        Assert.Equal(1, exit);
        Assert.Contains("KAZ is the state being profiled", Flat(status), StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_partner_equal_to_the_state_still_drops_out_quietly()
    {
        var (exit, output, _) = store.Run("profile", "USA", "--partners", "+DEU", "--years", "2015-2016", "--replicates", "0", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("\"DEU\"", output, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Truncated()
    {
        var bytes = File.ReadAllBytes(store.Path);
        var path = Path.Combine(_folder, "truncated.duckdb");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);
        return path;
    }

    /// <summary>The test console wraps at 100 columns; messages are checked as one line.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Who holds the store, said plainly: readers and Multivector writers never block each other.</summary>
[Collection(CliStoreGroup.Name)]
public sealed class LockMessageTests(CliStore store) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-locks-").FullName;

    [Fact]
    public void An_import_runs_while_another_process_reads_the_store()
    {
        var path = Path.Combine(_folder, "s.duckdb");
        File.Copy(store.Path, path);
        using var reader = ChildCli.Start(["agree", "KAZ", "RUS", "--replicates", "20000", "--store", path]);

        var (exit, output, status) = ChildCli.Capture(["import", "undl", Fixture(), "--store", path]);

        Assert.True(exit == 0, status);
        Assert.Contains("added 3 roll calls", output, StringComparison.Ordinal);
        reader.WaitForExit();
        Assert.Equal(0, reader.ExitCode);
    }

    [Fact]
    public void Another_program_holding_the_store_for_writing_is_named_as_such()
    {
        var path = Path.Combine(_folder, "held.duckdb");
        File.Copy(store.Path, path);
        using var other = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}");
        other.Open();

        var (exit, _, status) = ChildCli.Capture(["states", "--store", path]);

        Assert.Equal(1, exit);
        Assert.Contains("held open for writing by another program (not a Multivector import", status, StringComparison.Ordinal);
    }

    private string Fixture()
    {
        var path = Path.Combine(_folder, "one.csv");
        File.WriteAllText(path, """
            undl_id,ms_code,ms_name,ms_vote,date,session,resolution,title,total_yes,total_no,total_abstentions,total_non_voting
            9100001,KAZ,KAZAKHSTAN,Y,2024-12-17,79,A/RES/79/9001,One,1,1,0,0
            9100001,RUS,RUSSIAN FEDERATION,N,2024-12-17,79,A/RES/79/9001,One,1,1,0,0
            9100002,KAZ,KAZAKHSTAN,A,2024-12-18,79,A/RES/79/9002,Two,0,0,2,0
            9100002,RUS,RUSSIAN FEDERATION,A,2024-12-18,79,A/RES/79/9002,Two,0,0,2,0
            9100003,KAZ,KAZAKHSTAN,Y,2024-12-19,79,A/RES/79/9003,Three,2,0,0,0
            9100003,RUS,RUSSIAN FEDERATION,Y,2024-12-19,79,A/RES/79/9003,Three,2,0,0,0

            """);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Ties come in through `import` like votes: all at once, and refused by line when bad.</summary>
[Collection(CliStoreGroup.Name)]
public sealed class TiesImportCommandTests(CliStore store) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-ties-import-").FullName;

    [Fact]
    public void A_ties_import_killed_before_its_rename_leaves_the_store_as_it_was_and_a_rerun_adds_it_once()
    {
        var path = Path.Combine(_folder, "k.duckdb");
        File.Copy(store.Path, path);
        var file = Path.Combine(_folder, "students.csv");
        File.WriteAllText(file, "state,partner,indicator,year,value,unit,direction\nTJK,Türkiye,students,2020,300,people,outflow\nTJK,China,students,2020,900,people,outflow\n");
        long Count()
        {
            using var reader = MultivectorStore.Open(path, readOnly: true);
            Assert.False(reader.Check().Damaged);
            return reader.Ties(Multivector.Model.StateCode.Parse("TJK"), [Multivector.Model.StateCode.Parse("TUR"), Multivector.Model.StateCode.Parse("CHN")]).Partners.Sum(p => p.Shares.Count(s => s.Indicator == "students"));
        }
        var before = Count();

        Assert.Equal(137, ChildCli.Run(["import", "ties-csv", file, "--store", path], fault: "before-rename"));
        Assert.Equal(before, Count());

        Assert.Equal(0, ChildCli.Run(["import", "ties-csv", file, "--store", path]));
        Assert.Equal(0, ChildCli.Run(["import", "ties-csv", file, "--store", path]));
        Assert.Equal(before + 2, Count());
    }

    [Fact]
    public void A_tidy_ties_file_imports_and_shows_in_ties_and_a_bad_one_is_refused_by_line()
    {
        var path = Path.Combine(_folder, "s.duckdb");
        File.Copy(store.Path, path);
        var good = Path.Combine(_folder, "trade.csv");
        File.WriteAllText(good, "state,partner,indicator,year,value,unit,direction\nKGZ,China,remittances,2021,50,USD millions,inflow\n");
        var bad = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(bad, "state,partner,indicator,year,value,unit\nKGZ,Atlantis,remittances,2021,50,USD millions\n");

        var (exit, output, status) = ChildCli.Capture(["import", "ties-csv", good, "--store", path]);
        Assert.True(exit == 0, status);
        Assert.Contains("added 1", output, StringComparison.Ordinal);

        (exit, _, status) = ChildCli.Capture(["import", "ties-csv", bad, "--store", path]);
        Assert.Equal(1, exit);
        Assert.Contains("bad.csv, line 2: column 'partner' is 'Atlantis'", status, StringComparison.Ordinal);

        (exit, output, status) = ChildCli.Capture(["ties", "KGZ", "--partners", "CHN", "--json", "--store", path]);
        Assert.True(exit == 0, status);
        Assert.Contains("\"indicator\": \"remittances\"", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
