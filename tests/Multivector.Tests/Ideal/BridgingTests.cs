using Multivector.Ideal;

namespace Multivector.Tests.Ideal;

public sealed class BridgingTests
{
    private static RollCallText R(long id, int session, string? text, bool amendment = false) => new(id, session, text, "", amendment, false);

    [Fact]
    public void The_same_resolution_in_two_sessions_is_one_item()
    {
        var (item, items, bridges, bridged, _) = Bridging.Items([
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
        var (_, items, bridges, _, _) = Bridging.Items([
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

    [Fact]
    public void A_reworded_or_mistyped_text_continues_its_series()
    {
        var set = Bridging.Items([
            R(1, 58, "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba"),
            R(2, 59, "Necessity of ending the economic, commercial and financial embargo imposed by the Unites States of America against Cuba"),
            R(3, 61, "Respect for the right of universal freedom of travel and the vital importance of family reunification"),
            R(4, 63, "Respect for the universal freedom of travel and the vital importance of family reunification"),
        ]);

        Assert.Equal(set.Item[0], set.Item[1]);
        Assert.Equal(set.Item[2], set.Item[3]);
        Assert.Equal((2, 4, 2), (set.Bridges, set.BridgedRollCalls, set.Reworded));
        Assert.All(set.Links, l => Assert.InRange(l.Similarity, Bridging.Similarity, 1));
    }

    [Fact]
    public void Distinct_resolutions_on_one_subject_stay_apart()
    {
        var set = Bridging.Items([
            R(1, 64, "Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty) : resolution / adopted by the General Assembly"),
            R(2, 65, "Treaty on a Nuclear-Weapon-Free Zone in Central Asia : resolution / adopted by the General Assembly"),
            R(3, 7, "TO ADOPT WHOLE AD HOC POLITICAL COMMITTEE DRAFT RESOL. (A/2310)."),
            R(4, 9, "TO ADOPT WHOLE AD HOC POLITICAL COMMITTEE DRAFT RESOLUTION (A/2857)."),
        ]);

        Assert.Equal(0, set.Bridges);
    }

    [Fact]
    public void A_title_stands_in_for_a_missing_description_and_references_and_subject_headings_are_cut()
    {
        var set = Bridging.Items([
            new RollCallText(1, 76, null, "The Syrian Golan : resolution / adopted by the General Assembly", false, false),
            new RollCallText(2, 77, "The Syrian Golan", "The Syrian Golan", false, false),
            R(3, 71, "A/71/251 98pp - Ethical imperatives for a nuclear-weapon-free world. - NUCLEAR-WEAPON-FREE ZONES"),
            R(4, 72, "Ethical imperatives for a nuclear-weapon-free world"),
        ]);

        Assert.Equal(set.Item[0], set.Item[1]);
        Assert.Equal(set.Item[2], set.Item[3]);
        Assert.Equal(0, set.Reworded);
    }

    [Fact]
    public void A_rewording_never_puts_two_votes_of_one_session_in_a_series()
    {
        var set = Bridging.Items([
            R(1, 60, "Follow-up to nuclear disarmament obligations agreed to at the 1995 and 2000 Review Conferences"),
            R(2, 62, "Follow-up to nuclear disarmament obligations agreed to at the 1995 and 2000 Review Conferences"),
            R(3, 61, "Follow-up to the nuclear disarmament obligations agreed to at the 1995 and 2000 Review Conferences"),
            R(4, 61, "Follow-up to nuclear disarmament obligations agreed at the 1995 and 2000 Review Conferences"),
        ]);

        // Both session-61 texts match the series equally well (they differ only in procedural words), so neither
        // joins it: the series holds 60 and 62 only.
        Assert.Equal(set.Item[0], set.Item[1]);
        Assert.DoesNotContain(set.Item[0], new[] { set.Item[2], set.Item[3] });
        Assert.Equal((1, 2), (set.Bridges, set.BridgedRollCalls));
    }
}
