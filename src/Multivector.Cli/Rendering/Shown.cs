using System.Text;
using Spectre.Console;

namespace Multivector.Cli.Rendering;

/// <summary>
/// Text from data on its way to a terminal. Control characters (C0, DEL, C1) would let a statement set the
/// window title or clear the screen (ESC ] 0;…, ESC [2J), so they are shown as visible symbols instead:
/// U+2400–U+241F for C0, ␡ for DEL and � for C1. Then the text is escaped for Spectre markup.
/// </summary>
internal static class Shown
{
    public static string Escape(string? text) => Markup.Escape(Visible(text ?? ""));

    public static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F')) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' or '\t' => c,
                < '\u0020' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                >= '\u0080' and <= '\u009F' => '\uFFFD',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
