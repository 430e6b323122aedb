using System.Text;

namespace Multivector.Ideal;

/// <summary>A roll call's text and flags, as bridging reads them.</summary>
internal sealed record RollCallText(long RollCall, int Session, string? Description, string Title, bool Amendment, bool Paragraph);

/// <summary>
/// Which roll calls share item parameters across sessions. Rule: a roll call on a whole text (amendment and
/// paragraph both false or unknown) whose normalised description is at least 20 characters long is matched
/// with every other such roll call carrying the same normalised description. A session holding the same text
/// more than once does not say which vote continues the series, so those roll calls stay unbridged. A group
/// spanning two or more sessions becomes one item: a bridge.
/// Normalising: keep the description before " : " (the UN Digital Library's "resolution / adopted by …"
/// suffix), lower-case it, and keep letters and digits with single spaces between words. Reworded titles
/// ("United States" → "United States of America") break a chain; that is the price of a rule without false matches.
/// </summary>
internal static class Bridging
{
    public const int MinimumLength = 20;

    public static string? Normalise(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        var cut = description.IndexOf(" : ", StringComparison.Ordinal);
        var text = cut > 0 ? description[..cut] : description;
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
        return builder.Length >= MinimumLength ? builder.ToString() : null;
    }

    /// <summary>
    /// Assigns an item to each roll call (same order as <paramref name="rollCalls"/>): bridged ones share.
    /// Returns the item of each, the item count, the number of bridges and the roll calls they hold.
    /// </summary>
    public static (int[] Item, int Items, int Bridges, int BridgedRollCalls) Items(IReadOnlyList<RollCallText> rollCalls)
    {
        var keys = rollCalls.Select(r => r.Amendment || r.Paragraph ? null : Normalise(r.Description)).ToArray();
        var perSession = new Dictionary<(string, int), int>();
        for (var i = 0; i < keys.Length; i++)
            if (keys[i] is { } key) perSession[(key, rollCalls[i].Session)] = perSession.GetValueOrDefault((key, rollCalls[i].Session)) + 1;
        for (var i = 0; i < keys.Length; i++)
            if (keys[i] is { } key && perSession[(key, rollCalls[i].Session)] > 1) keys[i] = null;
        var sessions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys) if (key is not null) sessions[key] = sessions.GetValueOrDefault(key) + 1;
        var itemOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var item = new int[keys.Length];
        var items = 0;
        var bridged = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key && sessions[key] > 1)
            {
                bridged++;
                if (!itemOf.TryGetValue(key, out var shared)) itemOf[key] = shared = items++;
                item[i] = shared;
            }
            else item[i] = items++;
        }
        return (item, items, itemOf.Count, bridged);
    }
}
