using Multivector.Model;

namespace Multivector.Tests.Store;

[Collection(BundledStoreGroup.Name)]
public sealed class BundledDataTests(BundledStore bundled)
{
    [Fact]
    public void The_bundled_store_holds_every_vote_and_roll_call_of_the_source()
    {
        var summary = bundled.Store.Summary();
        Assert.Equal(916_025, summary.Votes);
        Assert.Equal(6_464, summary.RollCalls);
        Assert.Equal(new DateOnly(2023, 9, 1), summary.LastDate);
    }

    [Fact]
    public void Namibia_is_read_as_a_state_not_as_missing()
    {
        var nam = bundled.Store.ResolveState("Namibia");
        Assert.Equal(StateCode.Parse("NAM"), nam);
    }
}
