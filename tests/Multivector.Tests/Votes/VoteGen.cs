using CsCheck;
using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Votes;

/// <summary>Two states' votes on the same roll calls.</summary>
internal sealed record Records(Vote[] A, Vote[] B)
{
    public override string ToString() =>
        $"A = [{string.Join(' ', A.Select(Short))}], B = [{string.Join(' ', B.Select(Short))}]";

    private static char Short(Vote v) => v switch
    {
        Vote.Yes => 'Y',
        Vote.Abstain => 'A',
        Vote.No => 'N',
        Vote.Absent => 'x',
        _ => '-',
    };
}

internal static class VoteGen
{
    // CsCheck's `seed:` fixes only the first iteration; the rest draw from a thread-random generator. So each
    // property is checked on one seeded batch of cases: every run, on every machine, tests the same cases.
    private const string Seed = "0N0XIzNsQ0O2";

    public static void SampleFixed<T>(this Gen<T> gen, Action<T> assert, int cases = 300) =>
        gen.Array[cases].Sample(batch =>
        {
            foreach (var item in batch)
            {
                try
                {
                    assert(item);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"Property fails for {Check.Print(item)}: {e.Message}", e);
                }
            }
        }, seed: Seed, iter: 1, threads: 1);

    // Roughly the mix of a recent session: mostly yes, with abstentions, noes, absences and the odd non-member.
    public static readonly Gen<Vote> AnyVote = Gen.Frequency(
        (50, Vote.Yes), (15, Vote.Abstain), (15, Vote.No), (12, Vote.Absent), (8, Vote.NonMember));

    public static readonly Gen<Vote> CastVote = Gen.Frequency((60, Vote.Yes), (20, Vote.Abstain), (20, Vote.No));

    public static readonly Gen<Vote> NotCast = Gen.Frequency((2, Vote.Absent), (1, Vote.NonMember));

    public static Gen<Records> RecordsOf(Gen<Vote> vote, int maxRollCalls = 150) =>
        from n in Gen.Int[0, maxRollCalls]
        from a in vote.Array[n]
        from b in vote.Array[n]
        select new Records(a, b);

    public static readonly Gen<Records> AnyRecords = RecordsOf(AnyVote);

    // Many empty cells, so undefined measures and one-sided tables turn up often.
    public static readonly Gen<PairTable> Table =
        Gen.Frequency<int>((1, Gen.Const(0)), (2, Gen.Int[1, 40])).Array[PairTable.CellCount]
            .Select(cells => PairTable.FromCounts(cells));
}
