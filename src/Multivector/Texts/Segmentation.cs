using System.Text.Json.Serialization;
using Multivector.Model;
using System.Text.RegularExpressions;

namespace Multivector.Texts;

[JsonConverter(typeof(KebabCaseEnumConverter<SegmentKind>))]

public enum SegmentKind
{
    Paragraph,
    Sentence,
    Commitment,
}

/// <summary>
/// A span of a document's text: <see cref="Start"/> and <see cref="Length"/> are character offsets into
/// <see cref="Document.Text"/>. Clauses (sentences and commitments) carry the index of their paragraph.
/// </summary>
internal sealed record Segment(SegmentKind Kind, int Ordinal, int Start, int Length, int Paragraph, string Text)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits a statement into paragraphs and clauses. A clause is the unit that alignment compares: a sentence,
/// or one enumerated commitment. Commitments are list items (•, -, *, "1.", "(a)") and the ';'-terminated
/// items that follow a lead-in ending in ':' ("declare their commitment to:"), as joint statements write them.
/// </summary>
/// <remarks>
/// Caveats: sentence ends are guessed from punctuation followed by a capital; abbreviations such as "U.S."
/// and "Mr.", initials in any script ("С. Н. Жапаров", "К.К.Токаев") and common Russian abbreviations ("г.")
/// are not ends. Chinese full-width ends (。！？ and the item separator ；) end a clause without a space. Editorial notes in square brackets ("[excerpt ends]", "[GAP: …]")
/// are left out of clauses, so partial texts do not produce fake clauses; so are headings and datelines
/// (paragraphs of at most 12 words, mostly capitalised, without final punctuation).
/// </remarks>
internal static partial class Segmenter
{
    public static IReadOnlyList<Segment> Paragraphs(string text)
    {
        var result = new List<Segment>();
        var start = 0;
        var lines = LineSpans(text);
        var paragraphStart = -1;
        var paragraphEnd = -1;
        foreach (var (s, e) in lines)
        {
            var line = text[s..e];
            var blank = line.Trim().Length == 0;
            // A list item starts its own paragraph even without a blank line before it.
            if ((blank || ListMarker().IsMatch(line)) && paragraphStart >= 0)
            {
                Add(paragraphStart, paragraphEnd);
                paragraphStart = -1;
            }
            if (blank) continue;
            if (paragraphStart < 0) paragraphStart = s;
            paragraphEnd = e;
        }
        if (paragraphStart >= 0) Add(paragraphStart, paragraphEnd);
        return result;

        void Add(int s, int e)
        {
            (s, e) = Trim(text, s, e);
            if (e > s) result.Add(new Segment(SegmentKind.Paragraph, result.Count, s, e - s, result.Count, text[s..e]));
            start = e;
        }
    }

    /// <summary>Sentences and commitments in reading order, numbered from 0.</summary>
    public static IReadOnlyList<Segment> Clauses(string text)
    {
        var clauses = new List<Segment>();
        var paragraphs = Paragraphs(text);
        var inEnumeration = false;
        foreach (var p in paragraphs)
        {
            var (s, e) = WithoutNotes(text, p.Start, p.End);
            if (e <= s) continue;
            var body = text[s..e];
            var trimmedEnd = body.TrimEnd();
            if (IsHeading(body)) continue;
            var isItem = ListMarker().IsMatch(body)
                || (inEnumeration && (trimmedEnd.EndsWith(';') || EndsWithConjunction().IsMatch(trimmedEnd) || !trimmedEnd.EndsWith('.')));
            if (isItem)
            {
                clauses.Add(new Segment(SegmentKind.Commitment, clauses.Count, s, e - s, p.Ordinal, body));
            }
            else
            {
                foreach (var (a, b) in Sentences(text, s, e))
                    clauses.Add(new Segment(SegmentKind.Sentence, clauses.Count, a, b - a, p.Ordinal, text[a..b]));
            }
            if (trimmedEnd.EndsWith(':')) inEnumeration = true;
            else if (!isItem || trimmedEnd.EndsWith('.')) inEnumeration = isItem && !trimmedEnd.EndsWith('.');
        }
        return clauses;
    }

    // Section headings ("Expanded Security Cooperation"), datelines and end marks ("###") commit to nothing;
    // as clauses they would only count as spin.
    private static bool IsHeading(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count == 0) return true;
        var last = paragraph.TrimEnd()[^1];
        // Title case tells a heading from a sentence cut off by an excerpt's end.
        var titleCase = words.Count(w => char.IsUpper(w.First(char.IsLetter))) * 2 >= words.Count;
        return words.Count <= 12 && titleCase && last is not ('.' or ';' or ':' or '!' or '?' or ',') && !ListMarker().IsMatch(paragraph);
    }

    private static List<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var result = new List<(int, int)>();
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            // Chinese ends a sentence (。！？) or an enumerated item (；) with a full-width mark and no space after.
            if (c is '。' or '！' or '？' or '；')
            {
                var (p, q) = Trim(text, s, i + 1);
                if (q > p) result.Add((p, q));
                s = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < end && text[j] is '"' or '\'' or '”' or '’' or ')') j++;
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '(' or '•')) continue;
            if (c == '.' && IsAbbreviation(text, s, i)) continue;
            var (a, b) = Trim(text, s, j);
            if (b > a) result.Add((a, b));
            s = k;
        }
        var (x, y) = Trim(text, s, end);
        if (y > x) result.Add((x, y));
        return result;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1])) w--;
        var word = text[w..(dot + 1)].TrimStart('(', '"', '“');
        return Abbreviation().IsMatch(word);
    }

    // Brackets hold editorial notes in the bundled partial texts; they are not the statement's words.
    private static (int, int) WithoutNotes(string text, int start, int end)
    {
        var (s, e) = Trim(text, start, end);
        while (e > s && text[e - 1] == ']')
        {
            var open = text.LastIndexOf('[', e - 1, e - s);
            if (open < 0) break;
            (s, e) = Trim(text, s, open);
        }
        return (s, e);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static List<(int, int)> LineSpans(string text)
    {
        var spans = new List<(int, int)>();
        var s = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                spans.Add((s, i));
                s = i + 1;
            }
        }
        return spans;
    }

    [GeneratedRegex(@"^\s*(?:[•\-\*·]\s|\d{1,3}[.)]\s|\([a-z0-9]{1,3}\)\s)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"[;,]\s*(?:and|or)$")]
    private static partial Regex EndsWithConjunction();

    // Initials in any script ("U.S.", "К.К.", "С."), English titles and months, and the Russian abbreviations
    // that end in a dot mid-sentence (г. for год or город, гг., т.е., т.д., т.п., им., ул., млн., млрд., руб.).
    [GeneratedRegex(@"^(?:(?:\p{Lu}\.)+|\p{Lu}|г\.|гг\.|т\.\s?е\.|т\.\s?д\.|т\.\s?п\.|им\.|ул\.|млн\.|млрд\.|руб\.|проф\.|см\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|No\.|Nos\.|Jr\.|Sr\.|Gen\.|Gov\.|Sen\.|Rep\.|Amb\.|Prof\.|Inc\.|Co\.|Ltd\.|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|e\.g\.|i\.e\.|etc\.|vs\.|approx\.)$")]
    private static partial Regex Abbreviation();
}
