namespace Multivector.Texts;

/// <summary>
/// A text's language from its script: Cyrillic is taken for Russian (ru), Han characters for Chinese (zh),
/// Latin letters for English (en); anything else, or a mix where no script has most of the letters, is
/// unknown (null). Good enough for the statements Multivector holds (English, Russian, Chinese); it cannot
/// tell Russian from Kazakh or English from German, and says so in docs/methodology.md.
/// </summary>
public static class Languages
{
    /// <summary>The language most of the letters of <paramref name="text"/> are written in, or null.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, han = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F') latin++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') han++;
            else other++;
        }
        var letters = latin + cyrillic + han + other;
        if (letters == 0) return null;
        if (cyrillic * 2 > letters) return "ru";
        if (latin * 2 > letters) return "en";
        if (han * 2 > letters) return "zh";
        return null;
    }

    /// <summary>The language's English name, for reports ("Russian"), or the code itself.</summary>
    public static string Name(string? code) => code switch
    {
        "en" => "English",
        "ru" => "Russian",
        "zh" => "Chinese",
        null => "unknown-language",
        _ => code,
    };
}
