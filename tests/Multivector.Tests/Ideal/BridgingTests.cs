using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

public sealed class BridgingTests
{
    private static RollCallText R(long id, int session, string? text, bool amendment = false) => new(id, session, text, "", amendment, false);

    [Fact]
    public void The_same_resolution_in_two_sessions_is_one_item()
    {
        var (item, items, bridges, bridged) = Bridging.Items([
            R(1, 70, "Necessity of ending the embargo against Cuba : resolution / adopted by the General Assembly"),
            R(2, 71, "NECESSITY OF ENDING THE EMBARGO AGAINST CUBA"),
            R(3, 71, "Report of the International Atomic Energy Agency"),
        ]);

        Assert.Equal(item[0], item[1]);
        Assert.NotEqual(item[0], item[2]);
        Assert.Equal((2, 1, 2), (items, bridges, bridged));
    }

    [Fact]
    public void Amendments_short_texts_and_repeats_within_a_session_do_not_bridge()
    {
        var (_, items, bridges, _) = Bridging.Items([
            R(1, 70, "An amendment to the draft on the embargo", amendment: true),
            R(2, 71, "An amendment to the draft on the embargo", amendment: true),
            R(3, 70, "Draft resolution"),
            R(4, 71, "Draft resolution"),
            R(5, 70, "Question of the Falkland Islands (Malvinas)"),
            R(6, 70, "Question of the Falkland Islands (Malvinas)"),
            R(7, 71, "Question of the Falkland Islands (Malvinas)"),
        ]);

        Assert.Equal(0, bridges);
        Assert.Equal(7, items);
    }
}
