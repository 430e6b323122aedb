using System.Text;
using Multivector.Model;
using Multivector.Reports;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>Search roll calls and see how the chosen states voted, with the tally.</summary>
internal static class VotesPage
{
    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var q = PageRoutes.Query(request, "q");
        var states = PageRoutes.Query(request, "states");
        var body = new StringBuilder("<h1>Votes</h1>");
        body.Append($"""
            <form class="search" method="get" action="/votes">
            <label for="q">Symbol, session label or words</label> <input id="q" name="q" value="{E(q)}" placeholder="ES-11, A/RES/68/262 or nuclear" size="32">
            <label for="states">States</label> <input id="states" name="states" value="{E(states)}" placeholder="KAZ,KGZ,TJK,TKM,UZB,USA,RUS,CHN" size="36">
            <button type="submit">Search</button>
            </form>
            """);
        if (q is null)
        {
            body.Append("<p class=\"note\">Try <a href=\"/votes?q=ES-11\">ES-11</a> (the emergency session on Ukraine), <a href=\"/votes?q=A%2FRES%2F68%2F262\">A/RES/68/262</a> (Ukraine's territorial integrity, 2014) or <a href=\"/votes?q=nuclear\">nuclear</a>.</p>");
            return new PageModel("Votes", body.ToString(), []);
        }
        var report = host.Cached($"votes-page|{q}|{states}", s => s.FindVotes(Api.VotesApi.Query(s, q, states, null, null, null, null, null, 100)));
        var strip = OverviewPage.KeyVoteStrip("votes", $"How the states voted: {report.Description}", report);
        body.Append(Table(report, $"{report.Matches} roll call(s) match {report.Description}, newest first"));
        if (report.RollCalls.Count > 1) body.Append(strip.Html(PageRoutes.CsvHref(request, strip.Id)));
        return new PageModel("Votes", body.ToString(), [strip]);
    }

    public static string Table(KeyVoteReport report, string caption)
    {
        if (report.RollCalls.Count == 0) return $"<p class=\"note\">No roll call matches {E(report.Description)}.</p>";
        var states = report.RollCalls[0].Votes.Select(v => v.State).ToList();
        var html = new StringBuilder($"<div class=\"scroll\"><table class=\"votes\"><caption>{E(caption)}</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Symbol</th><th scope=\"col\">Title</th><th scope=\"col\">Yes–No–Abst.</th>");
        foreach (var s in states) html.Append($"<th scope=\"col\">{s}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var r in report.RollCalls)
        {
            html.Append($"<tr><td>{r.Date:yyyy-MM-dd}</td><td>{E(r.Symbol ?? "–")}</td><td>{E(r.Title)}</td><td>{r.Tally.Yes}–{r.Tally.No}–{r.Tally.Abstain}</td>");
            foreach (var v in r.Votes) html.Append($"<td class=\"vote {OverviewPage.Word(v.Vote)}\">{OverviewPage.Word(v.Vote)}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
