using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Reports;

/// <summary>
/// What an ideal-point fit is asked for. Every state is fitted; <see cref="States"/> only chooses which ones the
/// report lists. <see cref="By"/> is the step of the random walk (session or year). <see cref="Binary"/> keeps
/// yes and no only (abstentions missing), for comparison with yes/no models. <see cref="Minority"/> is the
/// near-unanimity cut; <see cref="Evolution"/> the walk's variance per step.
/// </summary>
public sealed record IdealPointOptions
{
    public Selection Selection { get; init; } = Selection.All;
    public PeriodKind By { get; init; } = Defaults.IdealBy;
    public bool Binary { get; init; }
    public int Replicates { get; init; } = Defaults.IdealReplicates;
    public int Seed { get; init; } = Defaults.Seed;
    public double Minority { get; init; } = 0.025;
    public double Evolution { get; init; } = 0.03;
    public IReadOnlyList<StateCode> States { get; init; } = [];
    /// <summary>Fit again even when the store holds a run with the same settings.</summary>
    public bool Refit { get; init; }

    public IdealPointOptions Validate()
    {
        Selection.Validate();
        if (By == PeriodKind.All) throw MultivectorException.BadRequest("Ideal points move by session or by year: expected periods by session or by year.");
        if (Replicates is < 0 or > 1000) throw MultivectorException.BadRequest($"{Replicates} bootstrap replicates: expected 0 to 1000.");
        if (!(Minority >= 0 && Minority < 0.5)) throw MultivectorException.BadRequest($"Minority threshold {Minority}: expected at least 0 and below 0.5.");
        if (!(Evolution > 0 && Evolution <= 10)) throw MultivectorException.BadRequest($"Evolution variance {Evolution}: expected above 0 and at most 10.");
        return this;
    }
}

/// <summary>A state's position in one period; Low and High are the bootstrap interval (NaN without replicates).</summary>
public sealed record IdealPoint(string Period, double Position, double Low, double High, int Votes);

public sealed record IdealTrajectory(StateCode State, string Name, IReadOnlyList<IdealPoint> Points);

/// <summary>
/// A fitted (or reused) ideal-point run: how it was fitted, how many roll calls it kept and bridged, whether it
/// converged, the trajectories, and (apart) how long it took. Positions are standardised over the run (mean 0, sd 1) with the USA positive.
/// <see cref="RunId"/> is null when the store was read-only and the run could not be kept.
/// </summary>
public sealed record IdealPointReport(
    int? RunId,
    bool Reused,
    Selection Selection,
    PeriodKind By,
    bool Binary,
    int RollCalls,
    int Dropped,
    int Items,
    int Bridges,
    int BridgedRollCalls,
    int Iterations,
    bool Converged,
    int Replicates,
    double Level,
    IReadOnlyList<IdealTrajectory> States,
    FitDiagnostics Diagnostics)
{
    /// <summary>How the intervals were formed: "percentile" from 100 replicates on, "normal" (position ± z·sd) below, "none" without.</summary>
    public string IntervalMethod => Replicates == 0 ? "none" : Replicates >= Ideal.ParametricBootstrap.PercentileFrom ? "percentile" : "normal";
}

/// <summary>
/// How long the request and the EM fit alone took, in seconds: kept apart from the results because they differ
/// from run to run (snapshots ignore them). For a reused run, the times of the original fit.
/// </summary>
public sealed record FitDiagnostics(double Seconds, double FitSeconds);

/// <summary>The ideal-point distance between the profiled state and one partner, from stored run <see cref="Run"/> (the newest).</summary>
public sealed record IdealDistance(int Run, StateCode Partner, string Period, double Distance, double MeanDistance, int Periods);
