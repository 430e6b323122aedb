using System.Text;
using Multivector.Reports;
using Multivector.Texts;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>
/// Two or more statements side by side, clause by clause: core (said in most of the others), partial and spin
/// (said in none), with topics, and links from reused passages to the earlier statement they came from.
/// </summary>
internal static class StatementsPage
{
    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var docs = PageRoutes.Query(request, "docs");
        var semantic = PageRoutes.Query(request, "semantic") == "true";
        var all = host.Cached("statements|all", s => s.Documents(limit: 1000));
        var chosen = (docs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var body = new StringBuilder("<h1>Statements</h1>");
        body.Append(Pick(all, chosen, semantic));
        if (chosen.Count == 1)
        {
            var document = host.Use(s => s.Document(chosen[0]));
            body.Append($"<h2>{E(document.Title)}</h2><p class=\"muted\">{document.Date:yyyy-MM-dd} · {E(string.Join(", ", document.Issuers))} · {E(document.Corpus)}</p>");
            body.Append(Reuse(host, document.Id)).Append("<div class=\"text\">").Append(string.Join("", document.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{E(p)}</p>"))).Append("</div>");
            return new PageModel(document.Title, body.ToString(), []);
        }
        if (chosen.Count < 2)
        {
            body.Append("<p class=\"note\">Pick two or more statements, for example the <a href=\"/statements?docs=c5plus1-samarkand,c5plus1-new-york-declaration\">Samarkand and New York C5+1 texts</a>.</p>");
            return new PageModel("Statements", body.ToString(), []);
        }
        var report = host.Cached($"statements|compare|{docs}|{semantic}", s => s.Compare(Api.DocumentsApi.Ids(docs), semantic));
        body.Append($"<p class=\"lead\">{E(report.Rule.Description)}. Matching: {(report.Semantic ? "words and the sentence model " + E(report.Model) : "words only (lexical)")}.</p>");
        body.Append("<p class=\"legend-key\"><span class=\"clause core\">core</span> <span class=\"clause partial\">partial</span> <span class=\"clause spin\">spin</span> <span class=\"clause not-comparable\">not comparable (a partial text may hold it)</span> <span class=\"clause not-compared\">other language</span></p>");
        foreach (var note in report.LeftOut) body.Append($"<p class=\"note\">{E(note)}</p>");
        body.Append($"<div class=\"sides\">");
        foreach (var (side, i) in report.Sides.Select((s, i) => (s, i)))
        {
            body.Append($"<section class=\"side\" aria-labelledby=\"side-{i}\"><h2 id=\"side-{i}\">{E(side.Document.Title)}</h2>");
            var uncertain = side.NotComparable + side.NotCompared == 0 ? "" : $", {side.NotComparable} not comparable, {side.NotCompared} in another language ({side.Comparable:P0} comparable)";
            body.Append($"<p class=\"muted\">{side.Document.Date:yyyy-MM-dd} · {E(side.Document.Completeness ?? "completeness unknown")} · {side.Core} core, {side.Partial} partial, {side.Spin} spin{uncertain}</p>");
            body.Append(Reuse(host, side.Document.Id));
            foreach (var c in side.Clauses)
            {
                var role = c.Role switch { ClauseRole.NotComparable => "not-comparable", ClauseRole.NotCompared => "not-compared", var r => r.ToString().ToLowerInvariant() };
                var topics = c.Topics.Count == 0 ? "" : $" <span class=\"topics\">{E(string.Join(", ", c.Topics.Select(t => t.Label())))}</span>";
                body.Append($"<p class=\"clause {role}\" id=\"d{i}-c{c.Clause.Ordinal}\"><span class=\"role\">{role}</span> {E(c.Clause.Text)}{topics}</p>");
            }
            body.Append("</section>");
        }
        body.Append("</div>");
        return new PageModel("Statements compared", body.ToString(), []);
    }

    private static string Reuse(StoreHost host, string id)
    {
        var reuse = host.Cached($"statements|reuse|{id}", s => s.Reuse(id));
        var earlier = reuse.Sources.Where(s => !s.IdenticalText).Take(5).ToList();
        if (earlier.Count == 0) return "<p class=\"muted\">Reuses no earlier statement in the store.</p>";
        return "<p class=\"reuse\">Reuses text from: " + string.Join("; ", earlier.Select(s =>
            $"<a href=\"/statements?docs={Uri.EscapeDataString(s.Source.Id)},{Uri.EscapeDataString(id)}\">{E(s.Source.Title)}</a> ({s.Source.Date:yyyy-MM-dd}, {s.Passages.Count} passage(s), {s.Passages.Sum(p => p.Words)} words)")) + "</p>";
    }

    private static string Pick(IReadOnlyList<DocumentSummary> all, IReadOnlyList<string> chosen, bool semantic)
    {
        var options = string.Join("", all.Select(d => $"<option value=\"{E(d.Id)}\"{(chosen.Contains(d.Id) ? " selected" : "")}>{d.Date:yyyy-MM-dd} {E(d.Title)}</option>"));
        return $"""
            <form class="search" method="get" action="/statements/go">
            <label for="docs">Statements (pick two to six)</label>
            <select id="docs" name="docs" multiple size="8">{options}</select>
            <label><input type="checkbox" name="semantic" value="true"{(semantic ? " checked" : "")}> Also match by meaning (sentence model; slower)</label>
            <button type="submit">Compare</button>
            </form>
            """;
    }
}
