namespace Multivector.Votes;

/// <summary>
/// Agreement between two states' votes, one pure function per <see cref="Measure"/>. Each takes the
/// <see cref="PairTable"/> of roll calls on which both cast yes, abstain or no, and returns NaN where the
/// measure is undefined (no roll calls, or a zero denominator). docs/methodology.md gives the
/// worked definitions and caveats.
/// </summary>
/// <remarks>
/// Notation: n roll calls; t(i, j) the count of roll calls with A voting i and B voting j; i, j = 0 yes,
/// 1 abstain, 2 no. Distances are in steps of that scale (|i − j| ∈ {0, 1, 2}); on the 1, ½, 0 coding used by
/// Signorino and Ritter and by Häge a step is ½. Sums are kept in integers, so the result depends only on the
/// table and not on the order in which roll calls were counted.
/// </remarks>
internal static class Agreement
{
    public static double Compute(Measure measure, in PairTable table) => measure switch
    {
        Measure.Identical => Identical(table),
        Measure.Voeten => Voeten(table),
        Measure.StateDeptVotesOnly => StateDeptVotesOnly(table),
        Measure.StateDeptCurrent => StateDeptCurrent(table),
        Measure.SignorinoRitterS => SignorinoRitterS(table),
        Measure.CohenKappa => CohenKappa(table),
        Measure.ScottPi => ScottPi(table),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a measure"),
    };

    /// <summary>Share of identical votes: Σ t(i, i) / n.</summary>
    /// <remarks>
    /// An abstention agreeing with an abstention counts as agreement, an abstention against a yes as full
    /// disagreement. Undefined when n = 0.
    /// </remarks>
    public static double Identical(in PairTable table) =>
        Ratio(Same(table), table.N);

    /// <summary>
    /// Bailey, Strezhnev and Voeten's "agree": the mean of 1 − |v₁ − v₂| / 2 with yes = 1, abstain = 2, no = 3,
    /// so an identical vote scores 1, a vote against an abstention ½ and yes against no 0.
    /// </summary>
    /// <remarks>
    /// Bailey, Strezhnev and Voeten (2017), "Estimating Dynamic State Preferences from United Nations Voting
    /// Data", Journal of Conflict Resolution 61(2):430–456; the dyadic "agree" variable of their data set
    /// ("abstention is counted as half-disagreement"). Computed as (2n − D) / 2n with D = Σ t(i, j)·|i − j|.
    /// Undefined when n = 0. Numerically equal to <see cref="StateDeptCurrent"/>, and S = 2·agree − 1.
    /// </remarks>
    public static double Voeten(in PairTable table) =>
        Ratio(2L * table.N - Steps(table), 2L * table.N);

    /// <summary>
    /// The US State Department's "voting coincidence, votes only": identical ÷ (identical + opposite), over roll
    /// calls on which both states voted yes or no.
    /// </summary>
    /// <remarks>
    /// US Department of State, Voting Practices in the United Nations (annual report to Congress under Public Law
    /// 101-246), "votes only" column. Abstentions on either side drop the roll call, so a state that abstains
    /// often is judged on few votes. Undefined when the two never both voted yes or no.
    /// </remarks>
    public static double StateDeptVotesOnly(in PairTable table)
    {
        var same = (long)table.Cell(0, 0) + table.Cell(2, 2);
        return Ratio(same, same + Opposite(table));
    }

    /// <summary>
    /// The State Department's current voting coincidence: a same vote scores 1, one side abstaining while the
    /// other votes yes or no scores ½, yes against no scores 0; the scores are averaged over roll calls on
    /// which both voted yes, abstain or no.
    /// </summary>
    /// <remarks>
    /// US Department of State, Voting Practices in the United Nations (the report for 2017 scores "same",
    /// "partial" and "opposite" votes with partial worth ½, absences excluded; we have this second-hand, see
    /// docs/methodology.md). Counts (2·same + partial) / 2n. This is the same number as
    /// <see cref="Voeten"/>: a step of the yes–abstain–no scale costs ½ in both. It is kept as its own function
    /// because the two are reported under different names and their sources could diverge. Undefined when
    /// n = 0.
    /// </remarks>
    public static double StateDeptCurrent(in PairTable table)
    {
        var partial = (long)table.Cell(0, 1) + table.Cell(1, 0) + table.Cell(1, 2) + table.Cell(2, 1);
        return Ratio(2 * Same(table) + partial, 2L * table.N);
    }

    /// <summary>
    /// Signorino and Ritter's S: 1 − 2·d̄ / d_max with yes = 1, abstain = ½, no = 0, d = |x_A − x_B| and
    /// d_max = 1. Ranges from −1 (always opposite) to 1 (always the same).
    /// </summary>
    /// <remarks>
    /// Signorino and Ritter (1999), "Tau-b or Not Tau-b: Measuring the Similarity of Foreign Policy Positions",
    /// International Studies Quarterly 43(1):115–144, unweighted with absolute distance. Computed as (n − D) / n
    /// with D the distance in steps; S = 2·<see cref="Voeten"/> − 1. S does not correct for chance: two states
    /// that both vote yes on nearly everything score near 1 whatever their preferences, so S rises and falls
    /// with the base rate of yes votes in a session. Undefined when n = 0.
    /// </remarks>
    public static double SignorinoRitterS(in PairTable table) =>
        Ratio(table.N - Steps(table), table.N);

    /// <summary>
    /// Cohen's κ with S's distance, as proposed by Häge: 1 − D_obs / D_exp, where D_obs is the mean distance
    /// (1, ½, 0 coding) and D_exp = Σ_k Σ_l p_A(k)·p_B(l)·d(k, l) uses each state's own distribution over
    /// yes, abstain and no.
    /// </summary>
    /// <remarks>
    /// Häge (2011), "Choice or Circumstance? Adjusting Measures of Foreign Policy Similarity for Chance
    /// Agreement", Political Analysis 19(3):287–305; Cohen (1960, 1968). D_exp is the distance expected if
    /// each state kept its own mix of votes but cast them independently of the other. In steps:
    /// κ = 1 − n·D / E with E = Σ_k Σ_l r_k·c_l·|k − l| (r, c the row and column totals). κ is at most 1 and
    /// 0 means no more agreement than chance; how far below 0 it can go depends on the two marginals. Two
    /// states that never vary (one always yes, the other always no) get κ = 0, because their opposition is
    /// fully explained by their marginals. Undefined when n = 0 or D_exp = 0 (both always cast the same
    /// single option).
    /// </remarks>
    public static double CohenKappa(in PairTable table)
    {
        var n = table.N;
        if (n == 0) return double.NaN;
        long expected = 0;
        for (var k = 0; k < PairTable.Options; k++)
            for (var l = 0; l < PairTable.Options; l++)
                expected += (long)table.RowTotal(k) * table.ColumnTotal(l) * Math.Abs(k - l);
        if (expected == 0) return double.NaN;
        return 1.0 - (double)n * Steps(table) / expected;
    }

    /// <summary>
    /// Scott's π with S's distance, as proposed by Häge: 1 − D_obs / D_exp, where D_exp uses the pooled
    /// distribution p = (p_A + p_B) / 2 for both states.
    /// </summary>
    /// <remarks>
    /// Häge (2011), Political Analysis 19(3):287–305; Scott (1955), "Reliability of Content Analysis: The Case
    /// of Nominal Scale Coding", Public Opinion Quarterly 19(3):321–325. Pooling treats the two states as draws
    /// from one voting population, so unlike κ it charges a pair for differing in how often each votes yes.
    /// In steps, with m_k = r_k + c_k: π = 1 − 2n·D / F, F = m₀m₁ + m₁m₂ + 2·m₀m₂. π lies in [−1, 1]
    /// (the triangle inequality gives D_obs ≤ 2·D_exp) and reaches −1 for a pair that always votes opposite.
    /// Undefined when n = 0 or D_exp = 0.
    /// </remarks>
    public static double ScottPi(in PairTable table)
    {
        var n = table.N;
        if (n == 0) return double.NaN;
        long yes = table.RowTotal(0) + (long)table.ColumnTotal(0);
        long abstain = table.RowTotal(1) + (long)table.ColumnTotal(1);
        long no = table.RowTotal(2) + (long)table.ColumnTotal(2);
        // Half of Σ_k Σ_l m_k m_l |k − l|, which is at most 2n² and so fits a long for any int n.
        var expected = yes * abstain + abstain * no + 2 * yes * no;
        if (expected == 0) return double.NaN;
        return 1.0 - 2.0 * n * Steps(table) / expected;
    }

    private static long Same(in PairTable table) =>
        (long)table.Cell(0, 0) + table.Cell(1, 1) + table.Cell(2, 2);

    private static long Opposite(in PairTable table) =>
        (long)table.Cell(0, 2) + table.Cell(2, 0);

    /// <summary>Σ t(i, j)·|i − j|: the total distance in steps of the yes–abstain–no scale.</summary>
    private static long Steps(in PairTable table) =>
        (long)table.Cell(0, 1) + table.Cell(1, 0) + table.Cell(1, 2) + table.Cell(2, 1) + 2 * Opposite(table);

    private static double Ratio(long numerator, long denominator) =>
        denominator == 0 ? double.NaN : (double)numerator / denominator;
}
