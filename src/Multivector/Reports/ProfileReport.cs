using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Reports;

/// <summary>
/// A state's agreement with one partner in one period. <see cref="Baseline"/> is the mean agreement of every
/// other member with that partner over the same roll calls; <see cref="Relative"/> = agreement − baseline, so
/// a positive value means the state sides with the partner more than the average member does.
/// </summary>
public sealed record PartnerPoint(
    StateCode Partner,
    int BothVoted,
    double Agreement,
    double Low,
    double High,
    double Baseline,
    double Relative,
    double RelativeLow,
    double RelativeHigh);

/// <summary>
/// How evenly the state sits among its partners in a period, on relative agreement: the partner it leans to,
/// that partner's lead over the next one, and the spread between the closest and the farthest partner
/// (0 = perfectly even), with a bootstrap interval for the spread.
/// </summary>
public sealed record Balance(StateCode? LeansTo, double Margin, double Spread, double SpreadLow, double SpreadHigh);

public sealed record ProfilePeriod(string Period, int RollCalls, IReadOnlyList<PartnerPoint> Partners, Balance Balance);

/// <summary>
/// A multi-vector profile: one state against several partners, per period and overall. <see cref="IdealDistances"/>
/// holds the ideal-point distance to each partner when the store has an ideal-point run, and is null otherwise.
/// </summary>
public sealed record ProfileReport(
    StateCode State,
    string Name,
    IReadOnlyList<StateCode> Partners,
    IReadOnlyList<string> PartnerNames,
    Measure Measure,
    PeriodKind By,
    Selection Selection,
    int Replicates,
    double Level,
    int Seed,
    ProfilePeriod? Overall,
    IReadOnlyList<ProfilePeriod> Periods)
{
    public IReadOnlyList<IdealDistance>? IdealDistances { get; init; }
}
