using Multivector.Model;

namespace Multivector.Sources;

/// <summary>
/// The PARTIES line of a statement's header, as the C5+X files write it ("Kazakhstan (Tokayev); Kyrgyz Republic
/// (Japarov); Russian Federation (Putin); …", "ministry representatives of Kazakhstan, Kyrgyz Republic, …",
/// "European Union (…)"), read into issuers: state codes, and the group name EU. Titles and names in brackets
/// are dropped, and so is a note after the list (" — names per …", ". Guest of honour: …").
/// </summary>
internal static class Parties
{
    private static readonly string[] C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    // Groups that sign as one party, by the names headers use.
    private static readonly (string Name, string Code)[] Groups = [("European Union", "EU"), ("EU", "EU")];

    /// <summary>Issuers named in <paramref name="value"/>, in the order named; a part naming no state is an error.</summary>
    public static List<string> Read(string value, StateDirectory states, string file, int? line)
    {
        var issuers = new List<string>();
        foreach (var part in ListPart(value).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = Find(part, states);
            if (found.Count == 0)
            {
                throw new ImportException(file, line,
                    $"PARTIES names '{part}', which is not a state or group the store knows: expected state names such as Kazakhstan or Kyrgyz Republic, separated by ';' (or an ISSUERS: line of codes).");
            }
            foreach (var code in found)
                if (!issuers.Contains(code)) issuers.Add(code);
        }
        return issuers;
    }

    /// <summary>
    /// The format the issuers make: C5 for the five alone, C5+1 with the United States (the format's own name),
    /// C5+Partner with one other state or group; null otherwise (a guest, or not all five).
    /// </summary>
    public static string? Format(IReadOnlyList<string> issuers, StateDirectory states)
    {
        if (!C5.All(issuers.Contains)) return null;
        var others = issuers.Where(i => !C5.Contains(i)).ToList();
        return others switch
        {
            [] => "C5",
            ["USA"] => "C5+1",
            [var code] => "C5+" + (StateCode.TryParse(code, out var c) && states.Contains(c) ? states[c].Name.Split(" (")[0].Replace(" ", "", StringComparison.Ordinal) : code),
            _ => null,
        };
    }

    // The list itself: brackets removed, and anything after a dash or a full stop that ends it.
    private static string ListPart(string value)
    {
        var text = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in value)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) text.Append(c);
        }
        var list = text.ToString();
        foreach (var end in new[] { " — ", " – ", ". " })
        {
            var at = list.IndexOf(end, StringComparison.Ordinal);
            if (at >= 0) list = list[..at];
        }
        return list.TrimEnd('.', ' ');
    }

    // Every state or group named in a part, longest names first: "Ambassador of Turkmenistan to the United
    // States" names two; "foreign ministers of Kazakhstan" one.
    private static List<string> Find(string part, StateDirectory states)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new bool[words.Length];
        var found = new List<(int At, string Code)>();
        for (var length = Math.Min(4, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (taken.AsSpan(start, length).Contains(true)) continue;
                var name = string.Join(' ', words, start, length);
                var group = Groups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)).Code;
                string? code = group ?? (name.Length > 3 && states.TryName(name, out var c) ? c.Value : null);
                if (code is null) continue;
                found.Add((start, code));
                taken.AsSpan(start, length).Fill(true);
            }
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Code)];
    }
}
