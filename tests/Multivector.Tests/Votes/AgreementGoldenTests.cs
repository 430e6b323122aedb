using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

// Hand-computed cases. Tables are written rows = state A (yes, abstain, no), columns = state B.
//
// Mixed (n = 20):         B yes  B abst  B no   | row
//            A yes          8      3       1    |  12
//            A abstain      0      2       1    |   3
//            A no           1      0       4    |   5
//            column         9      5       6    |  20
//   same = 8 + 2 + 4 = 14; partial (one abstains) = 3 + 0 + 1 + 0 = 4; opposite (yes v no) = 1 + 1 = 2.
//   Distances on the 1, ½, 0 coding: same 0, partial ½, opposite 1; Σd = 4·½ + 2·1 = 4; d̄ = 4/20 = 0.2.
//
// Small (n = 6), counted from the records in the last test of this class
// (A = Y Y N A Y x N Y, B = Y N N Y - Y N A; roll calls 5 and 6 drop out):
//                         B yes  B abst  B no   | row
//            A yes          1      1       1    |   3
//            A abstain      1      0       0    |   1
//            A no           0      0       2    |   2
//            column         2      1       3    |   6
//   same = 1 + 0 + 2 = 3; partial = 1 + 1 = 2; opposite = 1; Σd = 2·½ + 1 = 2; d̄ = 2/6 = 1/3.
//
// Opposed (n = 4): A always yes, B always no.  Unanimous (n = 5): both always yes.
// AbstainerAndYes (n = 2): A always abstains, B always yes.  Empty: no roll call both cast.
public class AgreementGoldenTests
{
    private const double Tolerance = 1e-12;

    internal static readonly PairTable Mixed = PairTable.FromCounts([8, 3, 1, 0, 2, 1, 1, 0, 4]);
    internal static readonly PairTable Small = PairTable.FromCounts([1, 1, 1, 1, 0, 0, 0, 0, 2]);
    internal static readonly PairTable Opposed = PairTable.FromCounts([0, 0, 4, 0, 0, 0, 0, 0, 0]);
    internal static readonly PairTable Unanimous = PairTable.FromCounts([5, 0, 0, 0, 0, 0, 0, 0, 0]);
    internal static readonly PairTable AbstainerAndYes = PairTable.FromCounts([0, 0, 0, 2, 0, 0, 0, 0, 0]);
    internal static readonly PairTable Empty = PairTable.FromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0]);

    [Fact]
    public void Identical_is_the_share_of_same_votes()
    {
        // Mixed: 14 / 20 = 0.7.   Small: 3 / 6 = 0.5.
        Assert.Equal(0.7, Agreement.Identical(Mixed), Tolerance);
        Assert.Equal(0.5, Agreement.Identical(Small), Tolerance);
        // Opposed: 0 / 4.   Unanimous: 5 / 5.   Abstaining against yes is not identical: 0 / 2.
        Assert.Equal(0.0, Agreement.Identical(Opposed), Tolerance);
        Assert.Equal(1.0, Agreement.Identical(Unanimous), Tolerance);
        Assert.Equal(0.0, Agreement.Identical(AbstainerAndYes), Tolerance);
    }

    [Fact]
    public void Voeten_agree_counts_an_abstention_against_a_vote_as_half()
    {
        // Mixed: (14·1 + 4·½ + 2·0) / 20 = 16 / 20 = 0.8.
        Assert.Equal(0.8, Agreement.Voeten(Mixed), Tolerance);
        // Small: (3·1 + 2·½ + 1·0) / 6 = 4 / 6.
        Assert.Equal(4.0 / 6, Agreement.Voeten(Small), Tolerance);
        // AbstainerAndYes: each roll call 1 − |2 − 1| / 2 = ½; mean ½.   Opposed: 1 − |1 − 3| / 2 = 0.
        Assert.Equal(0.5, Agreement.Voeten(AbstainerAndYes), Tolerance);
        Assert.Equal(0.0, Agreement.Voeten(Opposed), Tolerance);
    }

    [Fact]
    public void State_Department_votes_only_compares_yes_and_no_votes_alone()
    {
        // Mixed: same yes/no = 8 + 4 = 12, opposite = 1 + 1 = 2; 12 / (12 + 2) = 6/7.
        Assert.Equal(6.0 / 7, Agreement.StateDeptVotesOnly(Mixed), Tolerance);
        // Small: same yes/no = 1 + 2 = 3, opposite = 1; 3 / 4.
        Assert.Equal(0.75, Agreement.StateDeptVotesOnly(Small), Tolerance);
        // Opposed: 0 / (0 + 4) = 0.
        Assert.Equal(0.0, Agreement.StateDeptVotesOnly(Opposed), Tolerance);
    }

    [Fact]
    public void State_Department_votes_only_is_undefined_when_the_pair_never_both_voted_yes_or_no()
    {
        // AbstainerAndYes: 0 / (0 + 0).
        Assert.True(double.IsNaN(Agreement.StateDeptVotesOnly(AbstainerAndYes)));
    }

    [Fact]
    public void State_Department_current_method_gives_half_a_point_for_a_partial_vote()
    {
        // Mixed: (14 + ½·4) / 20 = 16 / 20 = 0.8.
        Assert.Equal(0.8, Agreement.StateDeptCurrent(Mixed), Tolerance);
        // Small: (3 + ½·2) / 6 = 4 / 6.
        Assert.Equal(4.0 / 6, Agreement.StateDeptCurrent(Small), Tolerance);
        // AbstainerAndYes: (0 + ½·2) / 2 = ½.   Opposed: 0 / 4.
        Assert.Equal(0.5, Agreement.StateDeptCurrent(AbstainerAndYes), Tolerance);
        Assert.Equal(0.0, Agreement.StateDeptCurrent(Opposed), Tolerance);
    }

    [Fact]
    public void Signorino_Ritter_S_rescales_the_mean_distance_to_minus_one_to_one()
    {
        // Mixed: d̄ = 0.2; S = 1 − 2·0.2 / 1 = 0.6.
        Assert.Equal(0.6, Agreement.SignorinoRitterS(Mixed), Tolerance);
        // Small: d̄ = 1/3; S = 1 − 2/3 = 1/3.
        Assert.Equal(1.0 / 3, Agreement.SignorinoRitterS(Small), Tolerance);
        // Opposed: d̄ = 1; S = −1.   Unanimous: d̄ = 0; S = 1.   AbstainerAndYes: d̄ = ½; S = 0.
        Assert.Equal(-1.0, Agreement.SignorinoRitterS(Opposed), Tolerance);
        Assert.Equal(1.0, Agreement.SignorinoRitterS(Unanimous), Tolerance);
        Assert.Equal(0.0, Agreement.SignorinoRitterS(AbstainerAndYes), Tolerance);
    }

    [Fact]
    public void Cohen_kappa_measures_agreement_beyond_each_states_own_mix_of_votes()
    {
        // Mixed: p_A = (12, 3, 5)/20 = (.60, .15, .25); p_B = (9, 5, 6)/20 = (.45, .25, .30).
        // D_exp = Σ p_A(k) p_B(l) d(k, l):
        //   (yes, abst) .60·.25·½ = .075    (yes, no) .60·.30·1 = .18     (abst, yes) .15·.45·½ = .03375
        //   (abst, no)  .15·.30·½ = .0225   (no, yes) .25·.45·1 = .1125   (no, abst)  .25·.25·½ = .03125
        //   sum = .455.  D_obs = .2.  κ = 1 − .2 / .455 = 1 − 40/91 = 51/91 ≈ 0.56044.
        Assert.Equal(51.0 / 91, Agreement.CohenKappa(Mixed), Tolerance);
        // Small: p_A = (3, 1, 2)/6, p_B = (2, 1, 3)/6; in 72nds:
        //   (yes, abst) ½·⅙·½ = 3   (yes, no) ½·½·1 = 18   (abst, yes) ⅙·⅓·½ = 2
        //   (abst, no)  ⅙·½·½ = 3   (no, yes) ⅓·⅓·1 = 8    (no, abst)  ⅓·⅙·½ = 2
        //   D_exp = 36/72 = ½.  D_obs = ⅓.  κ = 1 − (⅓)/(½) = ⅓.
        Assert.Equal(1.0 / 3, Agreement.CohenKappa(Small), Tolerance);
        // Opposed: p_A = (1, 0, 0), p_B = (0, 0, 1); D_exp = 1·1·1 = 1 = D_obs; κ = 0: the opposition is
        // exactly what the two states' fixed positions predict.
        Assert.Equal(0.0, Agreement.CohenKappa(Opposed), Tolerance);
    }

    [Fact]
    public void Scott_pi_measures_agreement_beyond_the_pairs_pooled_mix_of_votes()
    {
        // Mixed: pooled p = (p_A + p_B)/2 = (.525, .20, .275).
        // D_exp = 2·[.525·.20·½ + .20·.275·½ + .525·.275·1] = 2·[.0525 + .0275 + .144375] = .44875.
        // π = 1 − .2 / .44875 = 1 − 160/359 = 199/359 ≈ 0.55432.
        Assert.Equal(199.0 / 359, Agreement.ScottPi(Mixed), Tolerance);
        // Small: pooled p = (5, 2, 5)/12; D_exp = 2·[(10/144)·½ + (10/144)·½ + 25/144] = 70/144 = 35/72.
        // π = 1 − (⅓)/(35/72) = 1 − 24/35 = 11/35 ≈ 0.31429.
        Assert.Equal(11.0 / 35, Agreement.ScottPi(Small), Tolerance);
        // Opposed: pooled p = (½, 0, ½); D_exp = 2·½·½·1 = ½; D_obs = 1; π = 1 − 2 = −1.
        Assert.Equal(-1.0, Agreement.ScottPi(Opposed), Tolerance);
        // AbstainerAndYes: pooled p = (½, ½, 0); D_exp = 2·½·½·½ = ¼; D_obs = ½; π = −1.
        Assert.Equal(-1.0, Agreement.ScottPi(AbstainerAndYes), Tolerance);
    }

    [Fact]
    public void Chance_corrected_measures_are_undefined_when_both_states_always_cast_the_same_single_vote()
    {
        // Unanimous: p_A = p_B = (1, 0, 0), so D_exp = 0 and 1 − 0/0 has no value.
        Assert.True(double.IsNaN(Agreement.CohenKappa(Unanimous)));
        Assert.True(double.IsNaN(Agreement.ScottPi(Unanimous)));
    }

    [Fact]
    public void Every_measure_is_undefined_without_a_roll_call_both_states_voted_on()
    {
        foreach (var measure in MeasureLabels.Every)
            Assert.True(double.IsNaN(Agreement.Compute(measure, Empty)), measure.Label());
    }

    [Fact]
    public void Compute_dispatches_to_the_named_measure()
    {
        Assert.Equal(Agreement.Identical(Mixed), Agreement.Compute(Measure.Identical, Mixed));
        Assert.Equal(Agreement.Voeten(Mixed), Agreement.Compute(Measure.Voeten, Mixed));
        Assert.Equal(Agreement.StateDeptVotesOnly(Mixed), Agreement.Compute(Measure.StateDeptVotesOnly, Mixed));
        Assert.Equal(Agreement.StateDeptCurrent(Mixed), Agreement.Compute(Measure.StateDeptCurrent, Mixed));
        Assert.Equal(Agreement.SignorinoRitterS(Mixed), Agreement.Compute(Measure.SignorinoRitterS, Mixed));
        Assert.Equal(Agreement.CohenKappa(Mixed), Agreement.Compute(Measure.CohenKappa, Mixed));
        Assert.Equal(Agreement.ScottPi(Mixed), Agreement.Compute(Measure.ScottPi, Mixed));
    }

    [Fact]
    public void Measures_of_the_small_table_match_those_of_the_records_it_was_counted_from()
    {
        Vote[] a = [Vote.Yes, Vote.Yes, Vote.No, Vote.Abstain, Vote.Yes, Vote.Absent, Vote.No, Vote.Yes];
        Vote[] b = [Vote.Yes, Vote.No, Vote.No, Vote.Yes, Vote.NonMember, Vote.Yes, Vote.No, Vote.Abstain];
        Assert.Equal(Small, PairTable.Count(a, b));
    }
}
