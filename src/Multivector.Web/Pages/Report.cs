using System.Text;

namespace Multivector.Web.Pages;

/// <summary>
/// A page as one self-contained HTML file: styles, ECharts, the chart code and the data inlined, so a journalist
/// can attach or publish it and it draws with no server and no network.
/// </summary>
internal static class Report
{
    public static string Html(PageModel page, string address)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        string Read(string relative) => File.ReadAllText(Path.Combine(folder, relative));
        // No inlined text may close its element early; the vendored ECharts has no "</script" and the code is ours.
        static string Safe(string text, string element) =>
            text.Contains("</" + element, StringComparison.OrdinalIgnoreCase) ? throw new InvalidOperationException($"Inlined text contains </{element}.") : text;
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Layout.E(page.Title)} · Multivector report</title>
            <style>{Safe(Read("css/site.css"), "style")}</style>
            <script>{Safe(Read("lib/echarts/echarts.min.js"), "script")}</script>
            <script>{Safe(Read("js/charts.js"), "script")}</script>
            </head>
            <body>
            <main>
            <p class="muted">A Multivector report, {DateTime.UtcNow:yyyy-MM-dd}. Live page: {Layout.E(address)}. Charts: Apache ECharts (Apache-2.0).</p>
            {page.Body}
            </main>
            <footer><p>UN General Assembly votes: Voeten et al. (CC0) and the UN Digital Library (non-commercial use, with attribution).</p></footer>
            </body>
            </html>
            """);
        return html.ToString();
    }
}
