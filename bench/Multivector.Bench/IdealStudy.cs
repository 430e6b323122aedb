using System.Diagnostics;
using Multivector.Ideal;
using Multivector.Model;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector.Bench;

/// <summary>
/// The whole-history fit on the bundled record, with what says whether its scale holds over time: each session's
/// spread, the USA's and Russia's trajectories 1992–2025, and their self-consistency (distance from the assembly's
/// median position against agreement with the majority, correlated over sessions).
/// </summary>
internal static class IdealStudy
{
    public static int Run(string[] args, TextWriter output)
    {
        using var scratch = new Scratch();
        using var store = MultivectorStore.Open(scratch.File("store.duckdb"));
        var matrix = store.Matrix();
        var minorityAt = Array.IndexOf(args, "--minority");
        var minority = minorityAt >= 0 ? double.Parse(args[minorityAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0.025;
        if (minorityAt >= 0) args = [.. args[..minorityAt], .. args[(minorityAt + 2)..]];
        var data = IdealData.From(matrix, IdealRuns.Texts(store.Db), PeriodKind.Session, binary: false, minority);
        if (args is ["--bridges", var count, var seed])
        {
            Bridges(data, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), output);
            return 0;
        }
        var windowAt = Array.IndexOf(args, "--bridge-window");
        if (windowAt >= 0)
        {
            var window = int.Parse(args[windowAt + 1], System.Globalization.CultureInfo.InvariantCulture);
            args = [.. args[..windowAt], .. args[(windowAt + 2)..]];
            var p = data.Problem;
            var ids = new Dictionary<(int, int), int>();
            var item = new int[p.Count];
            for (var k = 0; k < p.Count; k++)
            {
                var key = (p.Item[k], window == 0 ? p.Period[k] : p.Period[k] / window);
                if (!ids.TryGetValue(key, out var id)) ids[key] = id = ids.Count;
                item[k] = id;
            }
            data = data with { Problem = new IdealProblem(p.States, p.Periods, ids.Count, p.Ordinal, p.State, p.Period, item, p.Vote) };
            output.WriteLine($"bridges cut into windows of {window} sessions (0: none): {ids.Count} items");
        }
        var settings = Settings(args);
        output.WriteLine($"{data.RollCalls} contested roll calls, {data.Problem.Items} items, {data.Bridges} bridges join {data.BridgedRollCalls}; settings {settings}");
        var clock = Stopwatch.StartNew();
        var fit = DynamicIrt.Fit(data.Problem, settings);
        output.WriteLine($"fit {clock.Elapsed.TotalSeconds:0.00} s, {fit.Iterations} iterations, converged {fit.Converged}");
        var usa = Index(data, "USA");
        if (Environment.GetEnvironmentVariable("STUDY_BOOT") is { } boot)
        {
            var parts = boot.Split(',');
            var replicateSettings = settings with { Tolerance = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), MaxIterations = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), FixedItems = parts.Length > 3 };
            var observedCells = data.Problem.Observed();
            var draws = new List<double[]>();
            for (var r = 0; r < int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture); r++)
            {
                var watch = Stopwatch.StartNew();
                var random = new Random(r + 1);
                var replicate = DynamicIrt.Fit(data.Problem.WithVotes(ParametricBootstrap.SimulateVotes(data.Problem, fit, random)), replicateSettings, fit);
                output.WriteLine($"replicate {r}: {replicate.Iterations} iterations, converged {replicate.Converged}, {watch.Elapsed.TotalSeconds:0.00} s, r with fit {DynamicIrt.Correlation(replicate.X, fit.X):0.0000}");
                draws.Add(Identification.Standardise(replicate.X, observedCells, periods: data.Problem.Periods, usa));
            }
            var sds = new List<double>();
            for (var c = 0; c < observedCells.Length; c++)
            {
                if (!observedCells[c]) continue;
                var m = draws.Average(d => d[c]);
                sds.Add(Math.Sqrt(draws.Sum(d => (d[c] - m) * (d[c] - m)) / (draws.Count - 1)));
            }
            File.WriteAllLines(Environment.GetEnvironmentVariable("STUDY_BOOT_OUT") ?? "/tmp/boot-sd.txt", sds.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
            output.WriteLine($"median replicate sd {sds.Order().ElementAt(sds.Count / 2):0.0000}");
        }
        var position = Identification.Standardise(fit.X, data.Problem.Observed(), data.Problem.Periods, usa);
        var periods = data.Problem.Periods;
        var (betaSum, itemCount) = (new double[periods], new int[periods]);
        var seen = new HashSet<int>();
        for (var k = 0; k < data.Problem.Count; k++)
        {
            var j = data.Problem.Item[k];
            if (!seen.Add(j)) continue;
            betaSum[data.Problem.Period[k]] += Math.Abs(fit.Beta[j]);
            itemCount[data.Problem.Period[k]]++;
        }
        var scale = Sd(Column(fit.X, data.Problem.States, periods, 0).Concat(Enumerable.Range(1, periods - 1).SelectMany(t => Column(fit.X, data.Problem.States, periods, t))).ToList());
        output.WriteLine("session  sd  median  USA  RUS  items-starting  mean|beta| (on the reported scale)");
        for (var t = 0; t < periods; t += t < 45 ? 5 : 2)
        {
            var column = Column(position, data.Problem.States, periods, t);
            output.WriteLine($"{data.Periods[t],5} {Sd(column),6:0.00} {Median(column),6:0.00} {position[usa * periods + t],6:0.00} {At(position, data, "RUS", t),6:0.00} {itemCount[t],4} {betaSum[t] / Math.Max(1, itemCount[t]) * scale,6:0.00} {column.Count,4}");
        }
        foreach (var t in new[] { periods - 1, periods - 10, periods - 30 })
        {
            var line = string.Join(" ", Landmarks.Where(c => data.States.Any(s => s.Value == c)).Select(c => $"{c} {At(position, data, c, t):0.00}"));
            output.WriteLine($"session {data.Periods[t]}: median {Median(Column(position, data.Problem.States, periods, t)):0.00}: {line}");
        }
        foreach (var code in new[] { "USA", "RUS" })
        {
            var (r, n, distance, agreement) = SelfConsistency(matrix, data, position, code, 47, 79);
            output.WriteLine($"{code} distance: {string.Join(' ', distance.Select(d => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
            output.WriteLine($"{code} agreement: {string.Join(' ', agreement.Select(d => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
            output.WriteLine($"self-consistency {code} sessions 47-79: r(distance from median, agreement with majority) = {r:0.000} over {n} sessions");
            var (rc, _, _, ac) = SelfConsistency(matrix, data, position, code, 47, 79, contested: true);
            output.WriteLine($"  on contested roll calls only: r = {rc:0.000}; agreement {string.Join(' ', ac.Select(d => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
            var (rs, _, ds, _) = SelfConsistency(matrix, data, PerPeriod(position, data.Problem.States, periods), code, 47, 79);
            output.WriteLine($"  distance in units of each session's spread: r = {rs:0.000}; distance {string.Join(' ', ds.Select(d => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
        return 0;
    }

    /// <summary>A seeded sample of reworded links, and of same-text links, for labelling by hand.</summary>
    private static void Bridges(IdealData data, int count, int seed, TextWriter output)
    {
        var reworded = data.Links.Where(l => l.Reworded).ToList();
        output.WriteLine($"{data.Links.Count} links: {reworded.Count} reworded, {data.Links.Count - reworded.Count} same text");
        var random = new Random(seed);
        foreach (var (kind, list) in new[] { ("reworded", reworded), ("same text", data.Links.Where(l => !l.Reworded).ToList()) })
        {
            foreach (var link in list.OrderBy(_ => random.Next()).Take(count).OrderBy(l => l.Similarity))
            {
                var (a, b) = (data.Texts[link.Earlier], data.Texts[link.Later]);
                output.WriteLine($"| {kind} {link.Similarity:0.00} | {a.RollCall} s{a.Session}: {Cell(a)} | {b.RollCall} s{b.Session}: {Cell(b)} |");
            }
        }
    }

    private static string Cell(RollCallText r) => (r.Description ?? r.Title).Replace("|", "/", StringComparison.Ordinal);

    private static readonly string[] Landmarks = ["USA", "ISR", "GBR", "DEU", "JPN", "IND", "BRA", "KAZ", "CHN", "RUS", "BLR", "IRN", "CUB", "PRK", "SYR", "NIC"];

    private static IdealSettings Settings(string[] args)
    {
        var settings = args.Contains("--version1") ? IdealSettings.Version1 : new IdealSettings();
        args = [.. args.Where(a => a != "--version1")];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--evolution" => settings with { Evolution = value },
                "--item-variance" => settings with { ItemPriorVariance = value },
                "--scale-step" => settings with { ScaleStep = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return settings;
    }

    /// <summary>
    /// Over sessions first..last: the state's distance from the median position of all states voting that session,
    /// against the share of its cast votes (every roll call, contested or not) that equal the session's plurality.
    /// </summary>
    internal static (double R, int Sessions, List<double> Distance, List<double> Agreement) SelfConsistency(VoteMatrix matrix, IdealData data, double[] position, string code, int first, int last, bool contested = false)
    {
        var s = Index(data, code);
        var row = matrix.Row(StateCode.Parse(code));
        var distance = new List<double>();
        var agreement = new List<double>();
        var periods = data.Problem.Periods;
        for (var t = 0; t < periods; t++)
        {
            var session = int.Parse(data.Periods[t], System.Globalization.CultureInfo.InvariantCulture);
            if (session < first || session > last || !double.IsFinite(position[s * periods + t])) continue;
            int same = 0, cast = 0;
            foreach (var c in contested ? data.Columns : Enumerable.Range(0, matrix.Width))
            {
                if (matrix.Sessions[c] != session || row[c] is not (Vote.Yes or Vote.No or Vote.Abstain)) continue;
                var counts = new int[3];
                for (var k = 0; k < matrix.States.Count; k++)
                {
                    switch (matrix.Row(k)[c])
                    {
                        case Vote.Yes: counts[0]++; break;
                        case Vote.Abstain: counts[1]++; break;
                        case Vote.No: counts[2]++; break;
                    }
                }
                var majority = counts[0] >= counts[1] && counts[0] >= counts[2] ? Vote.Yes : counts[2] >= counts[1] ? Vote.No : Vote.Abstain;
                cast++;
                if (row[c] == majority) same++;
            }
            if (cast == 0) continue;
            distance.Add(Math.Abs(position[s * periods + t] - Median(Column(position, data.Problem.States, periods, t))));
            agreement.Add((double)same / cast);
        }
        return (DynamicIrt.Correlation([.. distance], [.. agreement]), distance.Count, distance, agreement);
    }

    /// <summary>Positions divided by their own period's standard deviation across states.</summary>
    private static double[] PerPeriod(double[] position, int states, int periods)
    {
        var scaled = (double[])position.Clone();
        for (var t = 0; t < periods; t++)
        {
            var sd = Sd(Column(position, states, periods, t));
            for (var s = 0; s < states; s++) scaled[s * periods + t] /= sd;
        }
        return scaled;
    }

    private static int Index(IdealData data, string code) => data.States.Select((c, i) => (c, i)).First(p => p.c.Value == code).i;

    private static double At(double[] position, IdealData data, string code, int t) => position[Index(data, code) * data.Problem.Periods + t];

    private static List<double> Column(double[] x, int states, int periods, int t)
    {
        var values = new List<double>();
        for (var s = 0; s < states; s++) if (double.IsFinite(x[s * periods + t])) values.Add(x[s * periods + t]);
        return values;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Sd(List<double> values)
    {
        var m = values.Average();
        return Math.Sqrt(values.Sum(v => (v - m) * (v - m)) / values.Count);
    }
}
