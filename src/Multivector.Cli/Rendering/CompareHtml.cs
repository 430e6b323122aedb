using System.Globalization;
using System.Net;
using System.Text;
using Multivector.Reports;
using Multivector.Texts;

namespace Multivector.Cli.Rendering;

/// <summary>
/// The core/spin report as one self-contained HTML page: the statements side by side, each clause highlighted
/// by role, with its matches in a tooltip. No scripts or external files, so it can be mailed or archived.
/// </summary>
internal static class CompareHtml
{
    public static string Render(CompareReport report)
    {
        var html = new StringBuilder();
        // No script and nothing fetched: the policy forbids both, so text from a statement can never run.
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">")
            .Append("<title>Multivector: core and spin</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:1rem;color:#222}")
            .Append(".grid{display:grid;grid-template-columns:repeat(").Append(report.Sides.Count.ToString(CultureInfo.InvariantCulture)).Append(",minmax(18rem,1fr));gap:1rem}")
            .Append(".doc{border:1px solid #ccc;padding:.5rem;font-size:.9rem;line-height:1.4;white-space:pre-wrap}")
            .Append(".core{background:#c8ecc8}.partial{background:#fbeaa7}.spin{background:#f7c6c6}")
            .Append("h2{font-size:1rem}.legend span{padding:0 .4rem;margin-right:.5rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}")
            .Append("\n</style></head><body>\n");
        html.Append("<h1>Core and spin</h1>\n<p>").Append(Encode(report.Rule.Description)).Append(". ")
            .Append(report.Semantic
                ? $"Matching: lexical ≥ {report.Thresholds.Lexical:0.00} or semantic ≥ {report.Thresholds.Semantic:0.00} ({Encode(report.Model ?? "")}), one-to-one per pair."
                : $"Matching: lexical only, ≥ {report.Thresholds.Lexical:0.00}.")
            .Append("</p>\n<p class=\"legend\"><span class=\"core\">core</span><span class=\"partial\">partial</span><span class=\"spin\">spin</span></p>\n");
        html.Append("<table><tr><th>#</th><th>Document</th><th>Date</th><th>Core</th><th>Partial</th><th>Spin</th><th>Spin by topic</th></tr>\n");
        for (var i = 0; i < report.Sides.Count; i++)
        {
            var s = report.Sides[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + 1}</td><td>{Encode(s.Document.Id)}</td><td>{s.Document.Date:yyyy-MM-dd}</td><td>{s.Core}</td><td>{s.Partial}</td><td>{s.Spin}</td><td>")
                .Append(Encode(string.Join(", ", s.SpinTopics.Select(t => $"{t.Label} {t.Clauses}")))).Append("</td></tr>\n");
        }
        html.Append("</table>\n<div class=\"grid\">\n");
        var number = report.Sides.Select((s, i) => (s.Document.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
        for (var i = 0; i < report.Sides.Count; i++)
        {
            var s = report.Sides[i];
            html.Append(CultureInfo.InvariantCulture, $"<section><h2>{i + 1}. {Encode(s.Document.Title)} ({s.Document.Date:yyyy-MM-dd})</h2><div class=\"doc\">");
            var at = 0;
            foreach (var c in s.Clauses)
            {
                html.Append(Encode(s.Text[at..c.Clause.Start]));
                var title = $"clause {c.Clause.Ordinal}: {c.Role.ToString().ToLowerInvariant()}"
                    + (c.Matches.Count == 0 ? "" : "; matched in " + string.Join(", ", c.Matches.Select(m => $"{number[m.Document]}:{m.Clause} ({m.Kind.ToString().ToLowerInvariant()}, lexical {m.Lexical:0.00}, semantic {m.Semantic:0.00})")))
                    + (c.Topics.Count == 0 ? "" : "; topics: " + string.Join(", ", c.Topics.Select(t => t.Label())));
                html.Append(CultureInfo.InvariantCulture, $"<span id=\"d{i + 1}c{c.Clause.Ordinal}\" class=\"{c.Role.ToString().ToLowerInvariant()}\" title=\"{Encode(title)}\">")
                    .Append(Encode(s.Text.Substring(c.Clause.Start, c.Clause.Length))).Append("</span>");
                at = c.Clause.Start + c.Clause.Length;
            }
            html.Append(Encode(s.Text[at..])).Append("</div></section>\n");
        }
        html.Append("</div>\n</body></html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
