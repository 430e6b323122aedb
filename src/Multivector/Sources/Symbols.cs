using System.Text;
using System.Text.RegularExpressions;

namespace Multivector.Sources;

/// <summary>
/// Resolution symbols. Voeten writes "R/68/262" where the UN writes "A/RES/68/262"; from the 31st session on
/// (1976) the two numberings agree, so those are rewritten to the UN form. Earlier Voeten symbols use Voeten's
/// own numbering and are kept as they are.
/// </summary>
internal static partial class Symbols
{
    [GeneratedRegex(@"^(?:R|A/RES)/(\d+)/(\d+)\s*(?:\[?([A-Z]{1,2})\]?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VoetenResolution();

    public static string? Normalise(string? symbol, int session)
    {
        if (string.IsNullOrWhiteSpace(symbol)) return null;
        var s = symbol.Trim();
        var m = VoetenResolution().Match(s);
        if (!m.Success || session < 31 || int.Parse(m.Groups[1].ValueSpan) != session) return s;
        var suffix = m.Groups[3].Success ? " " + m.Groups[3].Value : "";
        return $"A/RES/{m.Groups[1].Value}/{m.Groups[2].Value}{suffix}";
    }

    /// <summary>The form symbols are matched and searched in: upper case without spaces or brackets.</summary>
    public static string? Key(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol)) return null;
        var b = new StringBuilder(symbol.Length);
        foreach (var c in symbol)
        {
            if (char.IsWhiteSpace(c) || c is '[' or ']' or '(' or ')') continue;
            b.Append(char.ToUpperInvariant(c));
        }
        return b.ToString();
    }
}
