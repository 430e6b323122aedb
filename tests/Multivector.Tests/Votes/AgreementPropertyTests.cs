using CsCheck;
using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

public class AgreementPropertyTests
{
    private const double Tolerance = 1e-12;

    private static void AssertSame(double expected, double actual, string because)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), because);
        else Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{because}: {expected} ≠ {actual}");
    }

    [Fact]
    public void Every_measure_is_symmetric_in_the_two_states()
    {
        VoteGen.AnyRecords.SampleFixed(r =>
        {
            var ab = PairTable.Count(r.A, r.B);
            var ba = PairTable.Count(r.B, r.A);
            Assert.Equal(ab.Transpose(), ba);
            foreach (var m in MeasureLabels.Every)
                AssertSame(Agreement.Compute(m, ab), Agreement.Compute(m, ba), m.Label());
        });
    }

    [Fact]
    public void Shares_lie_between_zero_and_one_and_S_between_minus_one_and_one()
    {
        VoteGen.Table.SampleFixed(t =>
        {
            foreach (var m in new[] { Measure.Identical, Measure.Voeten, Measure.StateDeptVotesOnly, Measure.StateDeptCurrent })
            {
                var value = Agreement.Compute(m, t);
                Assert.True(double.IsNaN(value) || value is >= 0 and <= 1, $"{m.Label()} = {value}");
            }
            var s = Agreement.SignorinoRitterS(t);
            Assert.True(double.IsNaN(s) || s is >= -1 and <= 1, $"S = {s}");
        });
    }

    [Fact]
    public void Chance_corrected_measures_never_exceed_one_and_pi_never_falls_below_minus_one()
    {
        VoteGen.Table.SampleFixed(t =>
        {
            var kappa = Agreement.CohenKappa(t);
            var pi = Agreement.ScottPi(t);
            Assert.True(double.IsNaN(kappa) || kappa <= 1, $"κ = {kappa}");
            Assert.True(double.IsNaN(pi) || pi is >= -1 - Tolerance and <= 1, $"π = {pi}");
        });
    }

    [Fact]
    public void Shares_and_S_are_defined_whenever_there_is_a_roll_call()
    {
        VoteGen.Table.SampleFixed(t =>
        {
            foreach (var m in new[] { Measure.Identical, Measure.Voeten, Measure.StateDeptCurrent, Measure.SignorinoRitterS })
                Assert.Equal(t.N == 0, double.IsNaN(Agreement.Compute(m, t)));
        });
    }

    [Fact]
    public void The_order_of_roll_calls_does_not_matter()
    {
        (from r in VoteGen.AnyRecords
         from seed in Gen.Int
         select (r, seed))
            .SampleFixed(x =>
            {
                var order = Enumerable.Range(0, x.r.A.Length).ToArray();
                new Random(x.seed).Shuffle(order);
                var a = order.Select(i => x.r.A[i]).ToArray();
                var b = order.Select(i => x.r.B[i]).ToArray();
                var original = PairTable.Count(x.r.A, x.r.B);
                var shuffled = PairTable.Count(a, b);
                Assert.Equal(original, shuffled);
                foreach (var m in MeasureLabels.Every)
                    AssertSame(Agreement.Compute(m, original), Agreement.Compute(m, shuffled), m.Label());
            });
    }

    [Fact]
    public void Absences_and_non_members_change_nothing()
    {
        // Roll calls on which at least one side did not cast a vote, spliced in at random places.
        var missed =
            from n in Gen.Int[1, 40]
            from a in VoteGen.AnyVote.Array[n]
            from b in VoteGen.NotCast.Array[n]
            from swap in Gen.Bool.Array[n]
            select new Records(
                [.. a.Select((v, i) => swap[i] ? b[i] : v)],
                [.. b.Select((v, i) => swap[i] ? a[i] : v)]);
        (from cast in VoteGen.RecordsOf(VoteGen.CastVote)
         from extra in missed
         from at in Gen.Int[0, int.MaxValue].Array[extra.A.Length]
         select (cast, extra, at))
            .SampleFixed(x =>
            {
                var a = x.cast.A.ToList();
                var b = x.cast.B.ToList();
                for (var i = 0; i < x.extra.A.Length; i++)
                {
                    var place = x.at[i] % (a.Count + 1);
                    a.Insert(place, x.extra.A[i]);
                    b.Insert(place, x.extra.B[i]);
                }
                var without = PairTable.Count(x.cast.A, x.cast.B);
                var with = PairTable.Count([.. a], [.. b]);
                Assert.Equal(without, with);
                foreach (var m in MeasureLabels.Every)
                    AssertSame(Agreement.Compute(m, without), Agreement.Compute(m, with), m.Label());
            });
    }

    [Fact]
    public void State_Department_current_method_equals_Voeten_agree()
    {
        VoteGen.Table.SampleFixed(t => AssertSame(Agreement.Voeten(t), Agreement.StateDeptCurrent(t), "sd-current v voeten"));
    }

    [Fact]
    public void S_is_Voeten_agree_rescaled_to_minus_one_to_one()
    {
        VoteGen.Table.SampleFixed(t => AssertSame(2 * Agreement.Voeten(t) - 1, Agreement.SignorinoRitterS(t), "S v 2·agree − 1"));
    }

    [Fact]
    public void Identical_records_agree_fully()
    {
        (from n in Gen.Int[1, 150]
         from a in VoteGen.AnyVote.Array[n]
         select a)
            .SampleFixed(a =>
            {
                var t = PairTable.Count(a, a);
                if (t.N == 0) return;
                Assert.Equal(1.0, Agreement.Identical(t));
                Assert.Equal(1.0, Agreement.Voeten(t));
                Assert.Equal(1.0, Agreement.StateDeptCurrent(t));
                Assert.Equal(1.0, Agreement.SignorinoRitterS(t));
                // Defined only when the state voted yes or no at least once.
                var votesOnly = Agreement.StateDeptVotesOnly(t);
                Assert.True(double.IsNaN(votesOnly) || votesOnly == 1.0, $"sd-votes = {votesOnly}");
                // Defined only when the state did not cast the same vote throughout.
                var kappa = Agreement.CohenKappa(t);
                Assert.True(double.IsNaN(kappa) || kappa == 1.0, $"κ = {kappa}");
                var pi = Agreement.ScottPi(t);
                Assert.True(double.IsNaN(pi) || pi == 1.0, $"π = {pi}");
            });
    }
}
