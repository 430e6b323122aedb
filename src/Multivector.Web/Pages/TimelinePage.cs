using System.Text;
using Multivector.Reports;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>Summits, formats, documents and treaties with their signatories, as a table and a chart over time.</summary>
internal static class TimelinePage
{
    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var state = PageRoutes.Query(request, "state");
        var format = PageRoutes.Query(request, "format");
        var report = host.Cached($"timeline-page|{state}|{format}", s => s.Timeline(Api.TimelineApi.Query(s, state, format, null, null, false)));
        var formats = host.Use(s => s.Formats);
        var figure = new Figure("events", $"Summits and treaty events: {report.Description}", "events", ["date", "format", "event"],
            [.. report.Events.Select(e => new object?[] { e.Date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Format.Value, e.Title })]);
        var options = string.Join("", formats.Select(f => $"<option value=\"{E(f.Id.Value)}\"{(string.Equals(f.Id.Value, format, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{E(f.Name)}</option>"));
        var body = new StringBuilder("<h1>Timeline</h1>");
        body.Append($"""
            <form class="search" method="get" action="/timeline">
            <label for="tl-state">State</label> <input id="tl-state" name="state" value="{E(state)}" placeholder="TJK" size="6">
            <label for="tl-format">Format</label> <select id="tl-format" name="format"><option value="">All formats</option>{options}</select>
            <button type="submit">Show</button>
            </form>
            """);
        body.Append(figure.Html(PageRoutes.CsvHref(request, figure.Id))).Append(Table(report, 500));
        return new PageModel("Timeline", body.ToString(), [figure]);
    }

    public static string Table(TimelineReport report, int limit)
    {
        if (report.Events.Count == 0) return "<p class=\"note\">No summit or treaty event matches.</p>";
        var html = new StringBuilder($"<div class=\"scroll\"><table><caption>{E(report.Description)}</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th><th scope=\"col\">Format</th><th scope=\"col\">Place</th><th scope=\"col\">States</th><th scope=\"col\">Documents</th></tr></thead><tbody>");
        foreach (var e in report.Events.Take(limit))
        {
            var documents = string.Join(", ", e.Documents.Select(d => $"<a href=\"/statements?docs={Uri.EscapeDataString(d)}\">{E(d)}</a>"));
            html.Append($"<tr><td>{E(e.Date.ToString())}</td><td>{E(e.Title)} <span class=\"muted\">({e.Kind.ToString().ToLowerInvariant()})</span></td><td>{E(e.FormatName)}</td><td>{E(e.Place ?? "–")}</td><td>{E(string.Join(", ", e.States))}</td><td>{(documents.Length == 0 ? "–" : documents)}</td></tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
