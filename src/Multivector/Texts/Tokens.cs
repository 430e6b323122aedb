namespace Multivector.Texts;

/// <summary>A word of a text: lower-cased letters and digits, with its character span in the original.</summary>
internal readonly record struct Token(string Word, int Start, int End);

internal static class Tokenizer
{
    /// <summary>Words are maximal runs of letters and digits; everything else separates them. Case is folded.</summary>
    public static Token[] Words(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            var s = i;
            while (i < end && char.IsLetterOrDigit(text[i])) i++;
            if (i > s) tokens.Add(new Token(text[s..i].ToLowerInvariant(), s, i));
        }
        return [.. tokens];
    }

    /// <summary>FNV-1a over the words of each window of <paramref name="n"/> tokens: stable across runs, unlike string.GetHashCode.</summary>
    public static ulong[] Shingles(ReadOnlySpan<Token> tokens, int n)
    {
        if (tokens.Length < n) return [];
        var result = new ulong[tokens.Length - n + 1];
        var words = new ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) words[i] = Hash(tokens[i].Word);
        for (var i = 0; i < result.Length; i++)
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < n; k++) h = (h ^ words[i + k]) * 1099511628211UL;
            result[i] = h;
        }
        return result;
    }

    public static ulong Hash(string word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word) h = (h ^ c) * 1099511628211UL;
        return h;
    }
}
