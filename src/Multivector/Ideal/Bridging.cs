using System.Text;

namespace Multivector.Ideal;

/// <summary>A roll call's text and flags, as bridging reads them.</summary>
internal sealed record RollCallText(long RollCall, int Session, string? Description, string Title, bool Amendment, bool Paragraph);

/// <summary>How two roll calls came to share an item: the same text, or a reworded one at the given similarity.</summary>
internal sealed record BridgeLink(int Earlier, int Later, double Similarity, bool Reworded);

/// <summary>Roll calls grouped into items: the item of each, how many items, bridges and bridged roll calls, and every link made.</summary>
internal sealed record BridgeSet(int[] Item, int Items, int Bridges, int BridgedRollCalls, IReadOnlyList<BridgeLink> Links)
{
    public int Reworded => Links.Count(l => l.Reworded);
}

/// <summary>
/// Which roll calls share item parameters across sessions (docs/methodology.md, "Bridging"). Only votes on a
/// whole text bridge (amendment and paragraph flags false or unknown), and a text that a session puts to the vote
/// more than once stays alone, because nothing says which vote continues the series. Two rules link roll calls:
/// <list type="number">
/// <item><b>Same text</b>: equal normalised texts in any two sessions, when the text has a word beyond procedure.</item>
/// <item><b>Reworded</b>: a text with at least four distinct content words continues one from the previous
/// <see cref="Reach"/> sessions when the character trigrams of their content words (procedure and bare numbers
/// left out, so "to approve a resolution" or a motion's verbatim wording cannot make two texts alike) overlap
/// with Dice similarity ≥ <see cref="Similarity"/>,
/// each is the other's best match, no other candidate comes within 0.02, and the two series share no session.
/// This tolerates typing errors ("Unites States"), a changed department name or an added clause, while distinct
/// resolutions on one subject (the Bangkok Treaty against Central Asia's zone, 0.6) stay apart.</item>
/// </list>
/// The text is the description, or the title when there is none (the UN Digital Library's records), cut before
/// " : " (its "resolution / adopted by …" suffix) and after a leading document reference ("A/71/251 98p - "),
/// lower-cased, letters and digits only with single spaces.
/// </summary>
internal static class Bridging
{
    public const double Similarity = 0.85;
    public const int Reach = 5;
    private const int ReworkedWords = 4;

    /// <summary>Words that say how a text was voted on, not what it is about: they never make a text bridgeable.</summary>
    private static readonly HashSet<string> Procedural = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "in", "on", "to", "for", "by", "with", "at", "from", "its", "their", "as", "be", "or",
        "that", "which", "this", "these", "whole", "draft", "resolution", "resolutions", "resol", "res", "adopt", "adopted",
        "approve", "approving", "consider", "note", "report", "reports", "committee", "amendment", "general", "assembly",
        "united", "nations", "un", "decision", "vote", "motion", "proposal",
        // The verbatim record's wording of a procedural motion ("The President: I shall now put to the vote the motion
        // submitted by the representative of … that no action be taken on draft resolution III").
        "president", "spoke", "i", "shall", "now", "put", "submitted", "representative", "no", "action", "taken",
        "recorded", "requested", "has", "been", "ii", "iii", "iv",
    };

    public static string? Normalise(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        var cut = description.IndexOf(" : ", StringComparison.Ordinal);
        var text = (cut > 0 ? description[..cut] : description).Trim();
        text = StripReference(text);
        var subject = text.IndexOf(". - ", StringComparison.Ordinal);
        if (subject > 0) text = text[..subject];
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else space = true;
        }
        return ContentWords(builder.ToString()) > 0 ? builder.ToString() : null;
    }

    /// <summary>Drops a leading "A/71/251 98p - " (a report symbol and paragraph), which later sessions' descriptions carry.</summary>
    private static string StripReference(string text)
    {
        if (!text.StartsWith("A/", StringComparison.OrdinalIgnoreCase)) return text;
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        return dash is > 0 and < 24 ? text[(dash + 3)..] : text;
    }

    internal static int ContentWords(string normalised) => Content(normalised).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The words of a normalised text that say what it is about: not procedural, not bare numbers.</summary>
    private static IEnumerable<string> Content(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Procedural.Contains(w) && !w.All(char.IsDigit));

    public static BridgeSet Items(IReadOnlyList<RollCallText> rollCalls)
    {
        var n = rollCalls.Count;
        var keys = rollCalls.Select(r => r.Amendment || r.Paragraph ? null : Normalise(r.Description ?? NonEmpty(r.Title))).ToArray();
        var perSession = new Dictionary<(string, int), int>();
        for (var i = 0; i < n; i++)
            if (keys[i] is { } key) perSession[(key, rollCalls[i].Session)] = perSession.GetValueOrDefault((key, rollCalls[i].Session)) + 1;
        for (var i = 0; i < n; i++)
            if (keys[i] is { } key && perSession[(key, rollCalls[i].Session)] > 1) keys[i] = null;

        var groups = new Groups(rollCalls);
        var links = new List<BridgeLink>();
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in Enumerable.Range(0, n).Where(i => keys[i] is not null).OrderBy(i => rollCalls[i].Session).ThenBy(i => i))
        {
            if (firstWithKey.TryGetValue(keys[i]!, out var earlier))
            {
                if (groups.Union(earlier, i)) links.Add(new BridgeLink(earlier, i, 1, false));
            }
            else firstWithKey[keys[i]!] = i;
        }
        LinkReworded(rollCalls, keys, groups, links);
        return groups.ToItems(links);
    }

    private static string? NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>The reworded rule, session by session from the oldest: each later text's best earlier match, kept when mutual.</summary>
    private static void LinkReworded(IReadOnlyList<RollCallText> rollCalls, string?[] keys, Groups groups, List<BridgeLink> links)
    {
        var grams = new long[]?[keys.Length];
        var bySession = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not { } key) continue;
            var content = Content(key).ToList();
            if (content.Distinct(StringComparer.Ordinal).Count() < ReworkedWords) continue;
            grams[i] = Trigrams(string.Join(' ', content));
            if (!bySession.TryGetValue(rollCalls[i].Session, out var list)) bySession[rollCalls[i].Session] = list = [];
            list.Add(i);
        }
        foreach (var (session, later) in bySession)
        {
            var candidates = new List<int>();
            for (var back = 1; back <= Reach; back++)
                if (bySession.TryGetValue(session - back, out var list)) candidates.AddRange(list);
            var best = new Dictionary<int, (int Earlier, double Score)>();
            foreach (var b in later)
            {
                double top = 0, second = 0;
                var choice = -1;
                foreach (var a in candidates)
                {
                    if (groups.Find(a) == groups.Find(b)) continue;
                    var score = Dice(grams[a]!, grams[b]!);
                    if (score > top) (second, top, choice) = (top, score, a);
                    else if (score > second) second = score;
                }
                if (choice >= 0 && top >= Similarity && top < 1 && second < top - 0.02) best[b] = (choice, top);
            }
            var taken = new Dictionary<int, (int Later, double Score)>();
            foreach (var (b, (a, score)) in best)
                if (!taken.TryGetValue(a, out var held) || held.Score < score) taken[a] = (b, score);
            foreach (var (a, (b, score)) in taken.OrderBy(p => p.Key))
                if (groups.Union(a, b)) links.Add(new BridgeLink(a, b, score, true));
        }
    }

    /// <summary>Distinct character trigrams of " text ", each packed into a long, sorted.</summary>
    internal static long[] Trigrams(string text)
    {
        var padded = " " + text + " ";
        var set = new HashSet<long>();
        for (var i = 0; i + 2 < padded.Length; i++) set.Add(((long)padded[i] << 42) | ((long)padded[i + 1] << 21) | padded[i + 2]);
        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>2|A ∩ B| / (|A| + |B|) over sorted sets; 0 at once when the sizes alone rule out a match.</summary>
    internal static double Dice(long[] a, long[] b)
    {
        var (small, large) = a.Length <= b.Length ? (a.Length, b.Length) : (b.Length, a.Length);
        if (2.0 * small / (small + large) < Similarity) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 2.0 * common / (a.Length + b.Length);
    }

    /// <summary>Union–find over roll calls that refuses a union putting two roll calls of one session in one series.</summary>
    private sealed class Groups
    {
        private readonly int[] _parent;
        private readonly Dictionary<int, HashSet<int>> _sessions = [];

        public Groups(IReadOnlyList<RollCallText> rollCalls)
        {
            _parent = [.. Enumerable.Range(0, rollCalls.Count)];
            for (var i = 0; i < rollCalls.Count; i++) _sessions[i] = [rollCalls[i].Session];
        }

        public int Find(int i)
        {
            while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
            return i;
        }

        public bool Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb || _sessions[ra].Overlaps(_sessions[rb])) return false;
            if (_sessions[ra].Count < _sessions[rb].Count) (ra, rb) = (rb, ra);
            _parent[rb] = ra;
            _sessions[ra].UnionWith(_sessions[rb]);
            _sessions.Remove(rb);
            return true;
        }

        public BridgeSet ToItems(IReadOnlyList<BridgeLink> links)
        {
            var item = new int[_parent.Length];
            var itemOf = new Dictionary<int, int>();
            var items = 0;
            var bridged = 0;
            for (var i = 0; i < _parent.Length; i++)
            {
                var root = Find(i);
                if (_sessions[root].Count > 1)
                {
                    bridged++;
                    if (!itemOf.TryGetValue(root, out var shared)) itemOf[root] = shared = items++;
                    item[i] = shared;
                }
                else item[i] = items++;
            }
            return new BridgeSet(item, items, itemOf.Count, bridged, links);
        }
    }
}
