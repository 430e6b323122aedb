using System.Text;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>Every source with its coverage, licence or terms, version and import time, and when `update` last ran.</summary>
internal static class DataPage
{
    // The terms each source is shipped under, as data/README.md and data/undl/NOTICE.md state them.
    private static readonly (string Source, string Terms)[] Terms =
    [
        ("voeten", "Erik Voeten, Anton Strezhnev and Michael Bailey, United Nations General Assembly Voting Data, via the R package unvotes: CC0 1.0."),
        ("undl", "UN Digital Library voting records: non-commercial use, with attribution to the United Nations (data/undl/NOTICE.md)."),
        ("knomad", "KNOMAD / World Bank bilateral remittance and migration matrices 2021: cite as the workbooks ask; World Bank data are usually CC BY 4.0, but the workbooks carry no licence line (not verified)."),
        ("imf", "IMF Direct Investment Positions (DIP), five investors: used under the IMF's terms, with attribution."),
        ("aiddata", "AidData, China's Public Diplomacy Dashboard Dataset (2020): ODC Attribution License (ODC-By)."),
        ("c5plus1", "C5+1 statements by the US government: public domain."),
        ("us-joint-statements", "US joint statements: public domain (US government works)."),
    ];

    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var p = host.Cached("provenance", s => s.Provenance());
        var body = new StringBuilder("<h1>Data</h1>");
        body.Append($"<p class=\"lead\">The store at <code>{E(host.Path)}</code>. Last <code>update</code> from the UN Digital Library: {(p.LastUpdate is { } u ? u.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never")}.</p>");
        body.Append("<h2>Vote sources</h2><table><caption>Roll calls each source holds, the ones it was first to bring, dates and versions</caption><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Roll calls</th><th scope=\"col\">First held</th><th scope=\"col\">Dates</th><th scope=\"col\">States</th><th scope=\"col\">Votes</th><th scope=\"col\">Versions</th></tr></thead><tbody>");
        foreach (var s in p.Sources)
            body.Append($"<tr><th scope=\"row\">{E(s.Source)}</th><td>{s.RollCalls:N0}</td><td>{s.FirstHeld:N0}</td><td>{s.FirstDate:yyyy-MM-dd} to {s.LastDate:yyyy-MM-dd}</td><td>{s.States}</td><td>{s.Votes:N0}</td><td>{E(string.Join("; ", s.Versions))}</td></tr>");
        body.Append("</tbody></table>");
        body.Append("<h2>Imports</h2><table><caption>Every import of votes, statements and ties, oldest first</caption><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Format</th><th scope=\"col\">Source</th><th scope=\"col\">Version</th><th scope=\"col\">Imported (UTC)</th><th scope=\"col\">Added</th><th scope=\"col\">Files</th></tr></thead><tbody>");
        foreach (var i in p.Imports)
            body.Append($"<tr><td>{E(i.Kind)}</td><td>{E(i.Format)}</td><td>{E(i.Source)}</td><td>{E(i.Version ?? "–")}</td><td>{i.ImportedAt:yyyy-MM-dd HH:mm}</td><td>{i.Added:N0}</td><td>{E(i.Files)}</td></tr>");
        body.Append("</tbody></table>");
        body.Append("<h2>Terms</h2><dl class=\"terms\">");
        foreach (var (source, terms) in Terms) body.Append($"<dt>{E(source)}</dt><dd>{E(terms)}</dd>");
        body.Append("</dl><p>The API serves the same data as JSON: <a href=\"/api/sources\">/api/sources</a>; its OpenAPI document is at <a href=\"/api/openapi.json\">/api/openapi.json</a>.</p>");
        return new PageModel("Data", body.ToString(), []);
    }
}
