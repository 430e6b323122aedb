using System.Globalization;

namespace Multivector.Cli.Tests.Crash;

/// <summary>
/// Kill -9 of the real CLI at many points of an import and of the first build: the store must be the old one
/// or the new one, never in between, `check` must pass, and running the command again must give exactly the
/// new state. MULTIVECTOR_CRASH_SWEEP=n widens the timed kills to n points (bench/crash/run.sh).
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int RollCalls = 1500;
    private static readonly string[] FaultPoints = ["copied", "read", "before-checkpoint", "before-rename", "after-rename"];
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-crash-").FullName;

    private static int SweepPoints =>
        int.TryParse(Environment.GetEnvironmentVariable("MULTIVECTOR_CRASH_SWEEP"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 4;

    [Fact]
    public void A_dyads_export_killed_at_any_point_leaves_no_file_or_the_whole_one_and_the_store_untouched()
    {
        var store = Path.Combine(_folder, "dyads.duckdb");
        MultivectorStore.Open(store).Dispose();
        var before = Fingerprint(store);
        var whole = Path.Combine(_folder, "whole.csv");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, ChildCli.Run(["dyads", "--by", "session", "--out", whole, "--store", store]));
        var took = (int)clock.ElapsedMilliseconds;
        var expected = File.ReadAllBytes(whole);

        var outcomes = new List<string>();
        foreach (var delay in Delays(SweepPoints + 2, 150, took))
        {
            var target = Path.Combine(_folder, $"dyads-{delay}.csv");
            var killed = ChildCli.KillAfter(["dyads", "--by", "session", "--out", target, "--store", store], TimeSpan.FromMilliseconds(delay));
            Assert.True(!File.Exists(target) || File.ReadAllBytes(target).AsSpan().SequenceEqual(expected), $"{delay} ms: a partial {target}");
            outcomes.Add($"{delay} ms: {(killed ? "killed" : "finished")}, {(File.Exists(target) ? "whole file" : "no file")}");
        }

        Assert.Equal(before, Fingerprint(store));
        Assert.Contains(outcomes, o => o.Contains("killed, no file", StringComparison.Ordinal));
    }

    [Fact]
    public void An_import_killed_at_any_point_leaves_the_old_store_or_the_new_one()
    {
        var template = Path.Combine(_folder, "template.duckdb");
        MultivectorStore.Open(template).Dispose();
        var members = Members(template);
        var file = BigImport.Write(_folder, RollCalls, members);
        var before = Fingerprint(template);
        var after = before with { RollCalls = before.RollCalls + RollCalls, Votes = before.Votes + RollCalls * members.Count, Imports = before.Imports + 1 };

        var outcomes = new List<string>();
        foreach (var point in FaultPoints)
        {
            var store = Fresh(template, point);
            var exit = ChildCli.Run(["import", "undl", file, "--store", store], fault: point);
            Assert.Equal(137, exit);
            outcomes.Add(Verify(store, before, after, point, file));
        }
        foreach (var delay in Delays(SweepPoints, 250, 1700))
        {
            var store = Fresh(template, $"t{delay}");
            ChildCli.KillAfter(["import", "undl", file, "--store", store], TimeSpan.FromMilliseconds(delay));
            outcomes.Add(Verify(store, before, after, $"{delay} ms", file));
        }
        Report("import", outcomes);
        Assert.Contains(outcomes, o => o.Contains("old", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Contains("new", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statements_import_killed_at_any_point_leaves_the_old_store_or_the_new_one()
    {
        var template = Path.Combine(_folder, "texts-template.duckdb");
        MultivectorStore.Open(template).Dispose();
        var texts = Directory.CreateDirectory(Path.Combine(_folder, "statements")).FullName;
        File.WriteAllText(Path.Combine(texts, "README.md"), "Not a statement.\n");
        const int Statements = 60;
        for (var i = 0; i < Statements; i++)
        {
            File.WriteAllText(Path.Combine(texts, $"2024-01-{1 + i % 28:00}_crash-{i:000}.txt"),
                $"TITLE: Statement {i}\nDATE: 2024-01-{1 + i % 28:00}\nPARTIES: Kazakhstan; Kyrgyz Republic; Tajikistan; Turkmenistan; Uzbekistan; India\nCOMPLETENESS: full\n=====\n\n"
                + string.Concat(Enumerable.Range(0, 40).Select(k => $"The Parties agreed on measure {i}.{k} of their cooperation in trade, transport and water. ")) + "\n");
        }
        var before = Fingerprint(template);
        var after = before with { Documents = before.Documents + Statements };

        var outcomes = new List<string>();
        foreach (var point in FaultPoints.Where(p => p != "read"))
        {
            var store = Fresh(template, "texts-" + point);
            Assert.Equal(137, ChildCli.Run(["texts", "import", texts, "--store", store], fault: point));
            outcomes.Add(VerifyTexts(store, before, after, point, texts));
        }
        foreach (var delay in Delays(SweepPoints, 250, 1500))
        {
            var store = Fresh(template, $"texts-t{delay}");
            ChildCli.KillAfter(["texts", "import", texts, "--store", store], TimeSpan.FromMilliseconds(delay));
            outcomes.Add(VerifyTexts(store, before, after, $"{delay} ms", texts));
        }
        Report("texts import", outcomes);
        Assert.Contains(outcomes, o => o.Contains("old", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Contains("new", StringComparison.Ordinal));
    }

    private string VerifyTexts(string store, StoreState before, StoreState after, string point, string texts)
    {
        var now = Fingerprint(store);
        Assert.True(now == before || now == after, $"killed at {point}: the store is neither the old nor the new one: {now}");
        AssertIntact(store, point);
        Assert.Equal(0, ChildCli.Run(["texts", "import", texts, "--store", store]));
        Assert.Equal(after, Fingerprint(store));
        Assert.Empty(Directory.EnumerateFiles(_folder, Path.GetFileName(store) + ".*.tmp*"));
        return $"{point}: {(now == before ? "old" : "new")}";
    }

    [Fact]
    public void A_first_build_killed_at_any_point_leaves_no_store_or_a_whole_one()
    {
        var reference = Path.Combine(_folder, "reference.duckdb");
        MultivectorStore.Open(reference).Dispose();
        var whole = Fingerprint(reference);

        var outcomes = new List<string>();
        foreach (var point in new[] { "read", "built", "before-rename", "after-rename" })
        {
            var store = Path.Combine(_folder, $"build-{point}.duckdb");
            Assert.Equal(137, ChildCli.Run(["states", "--store", store], fault: point));
            outcomes.Add(VerifyBuild(store, whole, point));
        }
        foreach (var delay in Delays(SweepPoints, 200, 3000))
        {
            var store = Path.Combine(_folder, $"build-t{delay}.duckdb");
            ChildCli.KillAfter(["states", "--store", store], TimeSpan.FromMilliseconds(delay));
            outcomes.Add(VerifyBuild(store, whole, $"{delay} ms"));
        }
        Report("first-build", outcomes);
        Assert.Contains(outcomes, o => o.Contains("no store", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_build_that_fails_on_bad_bundled_data_leaves_no_store_behind()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        CopyTree(Path.Combine(AppContext.BaseDirectory, "data"), data);
        var votes = Path.Combine(data, "unvotes", "un_votes.csv.gz");
        File.WriteAllBytes(votes, File.ReadAllBytes(votes)[..5000]);
        var store = Path.Combine(_folder, "new.duckdb");

        var (exit, _, errors) = ChildCli.Capture(["states", "--store", store], environment: new Dictionary<string, string> { ["MULTIVECTOR_DATA"] = data });

        Assert.Equal(1, exit);
        Assert.Contains("un_votes.csv.gz", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
        Assert.Empty(Directory.GetFiles(_folder, "new.duckdb.*.tmp*"));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyTree(d, Path.Combine(to, Path.GetFileName(d)));
    }

    private string Verify(string store, StoreState before, StoreState after, string point, string file)
    {
        var now = Fingerprint(store);
        Assert.True(now == before || now == after, $"killed at {point}: the store is neither the old nor the new one: {now}");
        AssertIntact(store, point);
        Assert.Equal(0, ChildCli.Run(["import", "undl", file, "--store", store]));
        Assert.Equal(after, Fingerprint(store));
        AssertIntact(store, point);
        Assert.Empty(Directory.EnumerateFiles(_folder, Path.GetFileName(store) + ".*.tmp*"));
        return $"{point}: {(now == before ? "old" : "new")}";
    }

    private static string VerifyBuild(string store, StoreState whole, string point)
    {
        var existed = File.Exists(store);
        if (existed)
        {
            Assert.Equal(whole, Fingerprint(store));
            AssertIntact(store, point);
        }
        Assert.Equal(0, ChildCli.Run(["states", "--store", store]));
        Assert.Equal(whole, Fingerprint(store));
        AssertIntact(store, point);
        return $"{point}: {(existed ? "whole store" : "no store")}";
    }

    private static void AssertIntact(string store, string point)
    {
        using var opened = MultivectorStore.Open(store, readOnly: true);
        var check = opened.Check();
        Assert.False(check.Damaged, $"killed at {point}: check found " + string.Join("; ", check.Items.Where(i => i.Failed).Select(i => $"{i.Name} {i.Count}")));
    }

    private string Fresh(string template, string name)
    {
        var path = Path.Combine(_folder, $"store-{name}.duckdb");
        File.Copy(template, path);
        return path;
    }

    /// <summary>Spread kill times evenly over [from, to] ms, so each lands in a different phase of the work.</summary>
    private static IEnumerable<int> Delays(int count, int from, int to) =>
        Enumerable.Range(0, count).Select(i => from + (to - from) * i / Math.Max(1, count - 1));

    private static List<string> Members(string store)
    {
        using var opened = MultivectorStore.Open(store, readOnly: true);
        return [.. opened.AllStates.Where(s => s.Memberships.Any(m => m.To is null)).Select(s => s.Code.Value)];
    }

    internal sealed record StoreState(long RollCalls, long Votes, long Imports, long Documents);

    private static StoreState Fingerprint(string store)
    {
        using var opened = MultivectorStore.Open(store, readOnly: true);
        var summary = opened.Summary();
        return new StoreState(summary.RollCalls, summary.Votes, summary.Imports, opened.Documents(limit: 100000).Count);
    }

    /// <summary>The sweep script collects these lines into bench/crash/results.md.</summary>
    private static void Report(string what, List<string> outcomes)
    {
        if (Environment.GetEnvironmentVariable("MULTIVECTOR_CRASH_REPORT") is { Length: > 0 } file)
            File.AppendAllLines(file, outcomes.Select(o => $"{what}\t{o}"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
