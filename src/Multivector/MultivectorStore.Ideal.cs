using Multivector.Store;
using System.Diagnostics;
using System.Text.Json;
using Multivector.Ideal;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;

namespace Multivector;

public sealed partial class MultivectorStore
{
    /// <summary>
    /// Dynamic ideal points for every state (see docs/methodology.md, "Ideal points"). Reuses the newest stored run
    /// with the same settings unless <see cref="IdealPointOptions.Refit"/> is set; otherwise fits, warm-started from
    /// the newest run with the same period kind, bootstraps the intervals, and stores the run when the store is writable.
    /// </summary>
    public IdealPointReport IdealPoints(IdealPointOptions? options = null, IProgress<StoreProgress>? progress = null)
    {
        var o = (options ?? new IdealPointOptions()).Validate();
        foreach (var s in o.States) State(s);
        var settings = SettingsJson(o);
        if (!o.Refit && IdealRuns.Find(_db, settings) is int existing)
        {
            return Report(IdealRuns.Load(_db, existing), o, reused: true);
        }
        var clock = Stopwatch.StartNew();
        progress?.Report(new StoreProgress("ideal points: votes", 0));
        var data = IdealData.From(Matrix(o.Selection), IdealRuns.Texts(_db), o.By, o.Binary, o.Minority);
        progress?.Report(new StoreProgress("ideal points: votes", 1));
        if (data.Problem.Count == 0) throw MultivectorException.BadRequest($"No contested roll calls in {o.Selection}: nothing to place states on.");
        var fitSettings = new IdealSettings(Evolution: o.Evolution, Seed: o.Seed);
        var polarity = data.States.Select((c, i) => (c, i)).Where(p => p.c.Value == "USA").Select(p => (int?)p.i).FirstOrDefault();
        var start = WarmStart(data, o.By);
        var fitClock = Stopwatch.StartNew();
        var fit = DynamicIrt.Fit(data.Problem, fitSettings, start, Stage(progress, "ideal points: fit"));
        var fitSeconds = fitClock.Elapsed.TotalSeconds;
        var observed = data.Problem.Observed();
        var position = Identification.Standardise(fit.X, observed, data.Problem.Periods, polarity);
        var (low, high) = o.Replicates > 0
            ? ParametricBootstrap.Intervals(data.Problem, fit, position, observed, fitSettings, o.Replicates, IdealLevel, polarity, Stage(progress, $"ideal points: bootstrap ×{o.Replicates}"))
            : (Nan(position.Length), Nan(position.Length));
        var votes = new int[position.Length];
        for (var k = 0; k < data.Problem.Count; k++) votes[data.Problem.State[k] * data.Problem.Periods + data.Problem.Period[k]]++;
        var points = new List<(StateCode, int, IdealPoint)>();
        for (var s = 0; s < data.States.Count; s++)
        {
            for (var t = 0; t < data.Problem.Periods; t++)
            {
                var c = s * data.Problem.Periods + t;
                if (observed[c]) points.Add((data.States[s], t, new IdealPoint(data.Periods[t], position[c], low[c], high[c], votes[c])));
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        int? runId = ReadOnly ? null : IdealRuns.Save(_db, settings, o.By, data, fit, o.Replicates, seconds, fitSeconds, points);
        if (runId is not null) _db.Publish();
        var run = new StoredRun(runId ?? 0, o.By, o.Binary, data.RollCalls, data.Dropped, data.Problem.Items, data.Bridges, data.BridgedRollCalls,
            fit.Iterations, fit.Converged, o.Replicates, seconds, fitSeconds, [.. points.Select(p => (p.Item1, p.Item3))]);
        return Report(run, o, reused: false) with { RunId = runId };
    }

    /// <summary>
    /// The newest stored run over every roll call (not binary), for <paramref name="states"/> (empty: all), or null
    /// when the store has none. Never fits, so a read-only host can ask it on every request.
    /// </summary>
    public IdealPointReport? StoredIdealPoints(IReadOnlyList<StateCode> states)
    {
        foreach (var s in states) State(s);
        return IdealRuns.LatestWhole(_db) is int runId
            ? Report(IdealRuns.Load(_db, runId), new IdealPointOptions { States = states }, reused: true)
            : null;
    }

    private const double IdealLevel = 0.95;

    /// <summary>The newest run's positions as a start, matched by state and period label; gaps fall back to the nearest period.</summary>
    private IdealFit? WarmStart(IdealData data, PeriodKind by)
    {
        if (IdealRuns.Latest(_db, by) is not int runId) return null;
        var previous = IdealRuns.Load(_db, runId);
        var periodIndex = data.Periods.Select((p, i) => (p, i)).ToDictionary(p => p.p, p => p.i, StringComparer.Ordinal);
        var stateIndex = data.States.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var x = Nan(data.States.Count * data.Periods.Count);
        var any = false;
        foreach (var (state, point) in previous.Points)
        {
            if (!stateIndex.TryGetValue(state, out var s) || !periodIndex.TryGetValue(point.Period, out var t)) continue;
            x[s * data.Periods.Count + t] = point.Position;
            any = true;
        }
        return any ? new IdealFit(x, [], [], [], [], 0, false) : null;
    }

    private IdealPointReport Report(StoredRun run, IdealPointOptions o, bool reused)
    {
        var wanted = o.States.Count > 0 ? o.States : null;
        var trajectories = run.Points
            .GroupBy(p => p.State)
            .Where(g => wanted is null || wanted.Contains(g.Key))
            .OrderBy(g => wanted is null ? 0 : wanted.ToList().IndexOf(g.Key)).ThenBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => new IdealTrajectory(g.Key, State(g.Key).Name, [.. g.Select(p => p.Point)]))
            .ToList();
        return new IdealPointReport(run.RunId, reused, o.Selection, run.By, run.Binary, run.RollCalls, run.Dropped, run.Items,
            run.Bridges, run.BridgedRollCalls, run.Iterations, run.Converged, run.Replicates, IdealLevel, trajectories, new FitDiagnostics(run.Seconds, run.FitSeconds));
    }

    /// <summary>Distances from the newest stored run, or null when the store has none (so a profile never triggers a fit).</summary>
    private List<IdealDistance>? IdealDistances(StateCode state, IReadOnlyList<StateCode> partners)
    {
        if (IdealRuns.Latest(_db, null) is not int runId) return null;
        var run = IdealRuns.Load(_db, runId);
        var byState = run.Points.GroupBy(p => p.State).ToDictionary(g => g.Key, g => g.ToDictionary(p => p.Point.Period, p => p.Point.Position, StringComparer.Ordinal));
        if (!byState.TryGetValue(state, out var own)) return [];
        var order = run.Points.Select(p => p.Point.Period).Distinct().ToList();
        var result = new List<IdealDistance>();
        foreach (var partner in partners)
        {
            if (!byState.TryGetValue(partner, out var theirs)) continue;
            var common = order.Where(p => own.ContainsKey(p) && theirs.ContainsKey(p)).ToList();
            if (common.Count == 0) continue;
            var last = common.OrderBy(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).Last();
            result.Add(new IdealDistance(runId, partner, last, Math.Abs(own[last] - theirs[last]), common.Average(p => Math.Abs(own[p] - theirs[p])), common.Count));
        }
        return result;
    }

    /// <summary>The settings that define a run, as canonical JSON: equal text means the same fit.</summary>
    private static string SettingsJson(IdealPointOptions o) => JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal)
    {
        ["model"] = IdealRuns.Model,
        ["scaleStep"] = new IdealSettings().ScaleStep,
        ["selection"] = o.Selection.ToString(),
        ["by"] = IdealRuns.Label(o.By),
        ["binary"] = o.Binary,
        ["minority"] = o.Minority,
        ["evolution"] = o.Evolution,
        ["replicates"] = o.Replicates,
        ["seed"] = o.Seed,
        ["tolerance"] = new IdealSettings().Tolerance,
        ["maxIterations"] = new IdealSettings().MaxIterations,
    });

    private static double[] Nan(int n)
    {
        var a = new double[n];
        Array.Fill(a, double.NaN);
        return a;
    }

    private static Progress<double>? Stage(IProgress<StoreProgress>? progress, string stage) =>
        progress is null ? null : new Immediate(f => progress.Report(new StoreProgress(stage, f)));

    /// <summary>Reports on the calling thread, so the bar moves while the fit runs.</summary>
    private sealed class Immediate(Action<double> report) : Progress<double>
    {
        protected override void OnReport(double value) => report(value);
    }
}
