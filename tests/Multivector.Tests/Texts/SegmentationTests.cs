using Multivector.Texts;

namespace Multivector.Tests.Texts;

public sealed class SegmentationTests
{
    private const string Samarkand = """
        The six countries are committed to deepening cooperation. They met in the U.S. capital on Sept. 26.

        Respecting mutually their sovereignty, the foreign ministers declare their commitment to:

        Improve mutually beneficial cooperation in regional trade;

        Support Afghanistan and its development as an independent, peaceful, thriving state;

        Contribute to global nonproliferation efforts, including by respecting the Treaty on a [excerpt ends]

        [GAP: end of the declaration not retrieved]

        Expanded Security Cooperation

        • Deepen cooperation in countering terrorism;
        • Develop regional trade and economic ties.
        """;

    [Fact]
    public void Every_segment_points_at_its_own_text()
    {
        foreach (var s in Segmenter.Paragraphs(Samarkand).Concat(Segmenter.Clauses(Samarkand)))
            Assert.Equal(s.Text, Samarkand.Substring(s.Start, s.Length));
    }

    [Fact]
    public void Sentences_do_not_break_at_abbreviations()
    {
        var clauses = Segmenter.Clauses(Samarkand);

        Assert.Equal("They met in the U.S. capital on Sept. 26.", clauses[1].Text);
        Assert.Equal(SegmentKind.Sentence, clauses[1].Kind);
    }

    [Fact]
    public void Items_after_a_lead_in_and_bullets_are_commitments()
    {
        var kinds = Segmenter.Clauses(Samarkand).Select(c => (c.Kind, c.Text[..12])).ToList();

        Assert.Contains((SegmentKind.Commitment, "Improve mutu"), kinds);
        Assert.Contains((SegmentKind.Commitment, "Support Afgh"), kinds);
        Assert.Contains((SegmentKind.Commitment, "• Deepen coo"), kinds);
        Assert.Contains((SegmentKind.Commitment, "• Develop re"), kinds);
        Assert.Contains((SegmentKind.Sentence, "Respecting m"), kinds);
    }

    [Fact]
    public void Editorial_notes_and_headings_are_not_clauses()
    {
        var clauses = Segmenter.Clauses(Samarkand);

        Assert.DoesNotContain(clauses, c => c.Text.Contains('[', StringComparison.Ordinal));
        Assert.DoesNotContain(clauses, c => c.Text == "Expanded Security Cooperation");
        Assert.EndsWith("respecting the Treaty on a", clauses.Single(c => c.Text.StartsWith("Contribute", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clauses_are_numbered_in_reading_order()
    {
        var clauses = Segmenter.Clauses(Samarkand);

        Assert.Equal(Enumerable.Range(0, clauses.Count), clauses.Select(c => c.Ordinal));
        Assert.True(clauses.Zip(clauses.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    // The shape of a Russian preamble naming heads of state with initials, spaced and unspaced (written for
    // this test: titles and names only, not a copied statement).
    private const string RussianPreamble =
        "В мае 2023 г. Президент Республики Казахстан К.К.Токаев, Президент Кыргызской Республики С. Н. Жапаров, "
        + "Президент Республики Таджикистан Э. Рахмон и Президент Республики Узбекистан Ш. М. Мирзиёев провели встречу. "
        + "Стороны подвели итоги сотрудничества, т.е. обменов за тридцать лет. Стороны заявили о нижеследующем.";

    [Fact]
    public void Russian_initials_and_abbreviations_do_not_end_a_sentence()
    {
        var clauses = Segmenter.Clauses(RussianPreamble).Select(c => c.Text).ToList();

        Assert.Equal(3, clauses.Count);
        Assert.StartsWith("В мае 2023 г. Президент", clauses[0], StringComparison.Ordinal);
        Assert.EndsWith("Ш. М. Мирзиёев провели встречу.", clauses[0], StringComparison.Ordinal);
        Assert.Equal("Стороны подвели итоги сотрудничества, т.е. обменов за тридцать лет.", clauses[1]);
        Assert.DoesNotContain(clauses, c => c.Length < 20);
    }

    [Fact]
    public void Chinese_full_width_marks_end_clauses_without_a_space()
    {
        const string text = "各方一致认为，深化合作符合各国根本利益。各方将加强互联互通；推动贸易便利化；扩大人文交流。";

        var clauses = Segmenter.Clauses(text).Select(c => c.Text).ToList();

        Assert.Equal(["各方一致认为，深化合作符合各国根本利益。", "各方将加强互联互通；", "推动贸易便利化；", "扩大人文交流。"], clauses);
    }
}
