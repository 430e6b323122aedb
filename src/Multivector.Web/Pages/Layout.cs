using System.Text.Encodings.Web;

namespace Multivector.Web.Pages;

/// <summary>The page frame: header, navigation, main, footer. Every piece of text from data goes through <see cref="E"/>.</summary>
internal static class Layout
{
    private static readonly (string Href, string Label)[] Nav =
    [
        ("/", "Overview"), ("/states/KAZ", "State"), ("/pairs/KAZ/RUS", "Pair explorer"), ("/votes", "Votes"),
        ("/statements", "Statements"), ("/timeline", "Timeline"), ("/data", "Data"),
    ];

    /// <summary>HTML-escapes text from data (statements, titles, names), so no markup in it ever runs.</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Page(string title, string body, string active)
    {
        var nav = string.Join("", Nav.Select(n =>
            $"<li><a href=\"{n.Href}\"{(IsActive(n.Href, active) ? " aria-current=\"page\"" : "")}>{n.Label}</a></li>"));
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Multivector</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/css/site.css">
            <script src="/lib/echarts/echarts.min.js" defer></script>
            <script src="/js/charts.js" defer></script>
            </head>
            <body>
            <header><a class="brand" href="/">Multivector</a><nav aria-label="Main"><ul>{nav}</ul></nav></header>
            <main id="main">
            {body}
            </main>
            <footer><p>UN General Assembly votes: Voeten et al. (CC0) and the UN Digital Library (non-commercial use, with attribution). See <a href="/data">Data</a> for every source and its terms.</p></footer>
            </body>
            </html>
            """;
    }

    private static bool IsActive(string href, string active) =>
        href == "/" ? active == "/" : active.StartsWith(href.Split('/', StringSplitOptions.RemoveEmptyEntries)[0] is var first ? "/" + first : href, StringComparison.Ordinal);

    /// <summary>The options of a state picker: UN members past and present by name, <paramref name="current"/> selected.</summary>
    public static string StateOptions(IReadOnlyList<Model.State> states, Model.StateCode current) =>
        string.Join("", states.Where(s => s.Memberships.Count > 0).OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => $"<option value=\"{s.Code}\"{(s.Code == current ? " selected" : "")}>{E(s.Name)}</option>"));

    /// <summary>A number for people: 3 decimals, or a dash when undefined.</summary>
    public static string N(double value, string format = "0.000") =>
        double.IsFinite(value) ? value.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "–";

    public static string Percent(double value) => double.IsFinite(value) ? (value * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "–";
}
