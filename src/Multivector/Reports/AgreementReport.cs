using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Reports;

/// <summary>One measure's value with its bootstrap interval (NaN where the measure is undefined).</summary>
public sealed record MeasureValue(Measure Measure, double Value, double Low, double High);

/// <summary>
/// The joint votes behind a row: how often the two states voted yes–yes, yes–abstain, … over the roll calls
/// on which both cast a vote.
/// </summary>
public sealed record JointVotes(int YesYes, int YesAbstain, int YesNo, int AbstainYes, int AbstainAbstain, int AbstainNo, int NoYes, int NoAbstain, int NoNo)
{
    internal static JointVotes From(in PairTable t) => new(
        t[Vote.Yes, Vote.Yes], t[Vote.Yes, Vote.Abstain], t[Vote.Yes, Vote.No],
        t[Vote.Abstain, Vote.Yes], t[Vote.Abstain, Vote.Abstain], t[Vote.Abstain, Vote.No],
        t[Vote.No, Vote.Yes], t[Vote.No, Vote.Abstain], t[Vote.No, Vote.No]);
}

/// <summary>Every measure for one period: the whole selection, a session or a year.</summary>
public sealed record AgreementRow(string Period, int RollCalls, int BothVoted, JointVotes Joint, IReadOnlyList<MeasureValue> Measures);

/// <summary>Agreement between two states under every published definition, side by side.</summary>
public sealed record AgreementReport(
    StateCode A,
    string AName,
    StateCode B,
    string BName,
    Selection Selection,
    PeriodKind By,
    int Replicates,
    double Level,
    int Seed,
    IReadOnlyList<AgreementRow> Rows);
