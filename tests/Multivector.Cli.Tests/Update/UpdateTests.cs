using Multivector.Cli.Tests.Crash;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector.Cli.Tests.Update;

/// <summary>
/// `update` against a loopback server that answers like the UN Digital Library: paging, a 503, a body cut
/// short, a record whose votes do not add up to its tally, a 4xx, a dry run, a saved answer, and a kill.
/// The real HttpClient code path runs every time; nothing goes to the network.
/// </summary>
[Collection(CliStoreGroup.Name)]
public sealed class UpdateTests(CliStore cli) : IDisposable
{
    private static readonly Lazy<List<LibraryRecord>> All = new(LibraryServer.Bundled);
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-update-").FullName;

    private static List<LibraryRecord> Of2025() => [.. All.Value.Where(r => r.Date.StartsWith("2025", StringComparison.Ordinal))];

    private static UpdateOptions Options(LibraryServer server, int pageSize = 5) => new()
    {
        Library = server.Address,
        From = new DateOnly(2025, 1, 1),
        To = new DateOnly(2025, 8, 31),
        PageSize = pageSize,
        Delay = TimeSpan.Zero,
        Attempts = 3,
    };

    private string EmptyStore()
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.duckdb");
        MultivectorStore.Open(path, empty: true).Dispose();
        return path;
    }

    [Fact]
    public void An_update_pages_through_a_503_and_a_cut_off_body_and_skips_the_record_whose_votes_miss_its_tally()
    {
        var records = Of2025();
        var bad = records[7];
        records[7] = bad with { Yes = bad.Yes + 1 };
        using var server = new LibraryServer(records);
        server.Unavailable[6] = true;
        server.Truncated[11] = true;
        var path = EmptyStore();

        using var store = MultivectorStore.Open(path);
        var result = store.Update(Options(server));

        Assert.Equal(records.Count, result.RecordsFetched);
        Assert.Equal(records.Count - 1, result.Import.RollCallsAdded);
        var skipped = Assert.Single(result.Import.Skipped);
        Assert.Equal(bad.Id, skipped.RecordId);
        Assert.Contains($"but 996 says {bad.Yes + 1}–{bad.No}–{bad.Abstain}", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count(r => r.Contains("jrec=6&", StringComparison.Ordinal)));
        Assert.Equal(2, server.Requests.Count(r => r.Contains("jrec=11&", StringComparison.Ordinal)));
        var check = store.Check();
        Assert.False(check.Damaged, string.Join("; ", check.Items.Where(i => i.Failed).Select(i => $"{i.Name} {i.Count} {i.Examples}")));
        Assert.False(Directory.Exists(path + ".update"));

        var es7 = store.FindVotes(new Reports.VoteQuery { Symbol = "A/RES/ES-11/7" }).RollCalls.Single();
        Assert.Equal((93, 18, 65), (es7.Tally.Yes, es7.Tally.No, es7.Tally.Abstain));
        Assert.Equal(76 + 3, es7.Session);

        var again = store.Update(Options(server));
        Assert.Equal((0, records.Count - 1), (again.Import.RollCallsAdded, again.Import.RollCallsMatched));
    }

    [Fact]
    public void Without_a_range_an_update_continues_from_the_newest_roll_call_held()
    {
        var newer = Of2025().Take(3)
            .Select((r, i) => r with { Id = 9_990_001 + i, Date = "2025-10-0" + (i + 1), Symbol = $"A/RES/80/{9001 + i}", Session = "80" }).ToList();
        using var server = new LibraryServer([.. All.Value, .. newer]);
        var path = Path.Combine(_folder, "bundled.duckdb");
        File.Copy(cli.Path, path);

        using var store = MultivectorStore.Open(path);
        var result = store.Update(Options(server) with { From = null, To = new DateOnly(2025, 12, 31) });

        Assert.Equal(new DateOnly(2025, 8, 26), result.From);
        Assert.True(result.Import.Skipped.Count == 0, string.Join("; ", result.Import.Skipped.Select(k => $"{k.RecordId}: {k.Reason}")));
        Assert.True(result.Import.RollCallsAdded == 3, $"fetched {result.RecordsFetched}, added {result.Import.RollCallsAdded}, matched {result.Import.RollCallsMatched}, read {result.Import.RollCallsRead}: {string.Join(", ", newer.Select(n => n.Symbol + " " + n.Date))}");
        Assert.True(result.Import.RollCallsMatched >= 1);
        Assert.Equal(new DateOnly(2025, 10, 3), store.Summary().LastDate);
    }

    [Fact]
    public void A_dry_run_lists_what_would_be_added_and_writes_nothing()
    {
        using var server = new LibraryServer(Of2025());
        var path = EmptyStore();

        using (var store = MultivectorStore.Open(path))
        {
            var result = store.Update(Options(server, pageSize: 50) with { DryRun = true });
            Assert.Equal(Of2025().Count, result.Import.WouldAdd.Count);
            Assert.Contains(result.Import.WouldAdd, r => r.Symbol == "A/RES/ES-11/7");
        }

        using var reader = MultivectorStore.Open(path, readOnly: true);
        Assert.Equal(0, reader.Summary().RollCalls);
    }

    [Fact]
    public void A_4xx_answer_is_a_clear_error_without_retries_and_the_store_is_unchanged()
    {
        using var server = new LibraryServer(Of2025()) { RefuseAll = true };
        var path = EmptyStore();

        using var store = MultivectorStore.Open(path);
        var e = Assert.Throws<MultivectorException>(() => store.Update(Options(server)));

        Assert.Contains("answered 404", e.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Equal(0, store.Summary().RollCalls);
    }

    [Fact]
    public void A_saved_answer_imports_with_from_file()
    {
        var page = Path.Combine(_folder, "answer.xml");
        File.WriteAllText(page, LibraryServer.Page(3, Of2025().Take(3)));
        var path = EmptyStore();

        var (exit, output, status) = ChildCli.Capture(["update", "--from-file", page, "--store", path]);

        Assert.True(exit == 0, status);
        Assert.Contains("Added 3 roll calls", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_killed_after_downloading_leaves_the_store_as_it_was_and_resumes_without_fetching_again()
    {
        using var server = new LibraryServer(Of2025());
        var path = EmptyStore();
        string[] args = ["update", "--library", server.Address.ToString(), "--from", "2025-01-01", "--to", "2025-08-31", "--delay", "0", "--page-size", "10", "--store", path];

        Assert.Equal(137, ChildCli.Run(args, fault: "downloaded"));
        var fetchedBefore = server.Requests.Count;
        using (var reader = MultivectorStore.Open(path, readOnly: true)) Assert.Equal(0, reader.Summary().RollCalls);
        Assert.True(Directory.Exists(path + ".update"));

        var (exit, output, status) = ChildCli.Capture(args);

        Assert.True(exit == 0, status);
        Assert.Contains($"Added {Of2025().Count} roll calls", output, StringComparison.Ordinal);
        Assert.Equal(fetchedBefore, server.Requests.Count);
        using var after = MultivectorStore.Open(path, readOnly: true);
        Assert.Equal(Of2025().Count, after.Summary().RollCalls);
        Assert.False(after.Check().Damaged);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
