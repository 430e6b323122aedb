using System.Text;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>The C5 at a glance: each state's agreement with USA, RUS and CHN over time, its balance, and the ES-11 votes.</summary>
internal static class OverviewPage
{
    public static readonly StateCode[] Five = [.. "KAZ,KGZ,TJK,TKM,UZB".Split(',').Select(StateCode.Parse)];
    public static readonly Selection SinceIndependence = new() { FromYear = 1992 };

    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var profiles = Five.Select(s => host.Cached($"overview|{s}", store => store.Profile(s, null, Defaults.Measure, SinceIndependence, PeriodKind.Year, new Uncertainty(Replicates: 0)))).ToList();
        var es11 = host.Cached("overview|es11", store => store.FindVotes(VoteQuery.ForSearch("ES-11") with { States = [.. Five, .. Defaults.Partners], Limit = 200 }));
        var figures = new List<Figure>();
        foreach (var p in profiles)
        {
            figures.Add(Agreement(p, relative: false));
            figures.Add(Agreement(p, relative: true));
        }
        var strip = KeyVoteStrip("es11", "The emergency special session on Ukraine (ES-11): how each state voted", es11);
        var body = new StringBuilder();
        body.Append("<h1>Central Asia's five among the great powers</h1>");
        body.Append("<p class=\"lead\">Agreement in UN General Assembly roll calls with the United States, Russia and China, each year since independence (Voeten's measure: 1 = always the same vote, 0 = always opposite). The second chart of each pair subtracts the assembly's average agreement with the same partner, so a point above zero means the state sides with that partner more than the average member does.</p>");
        body.Append("<h2>Balance over the whole record</h2>").Append(BalanceTable(profiles));
        body.Append("<h2>Agreement over time</h2><div class=\"grid\">").Append(PageRoutes.Figures(request, figures)).Append("</div>");
        body.Append("<h2>Key votes on Ukraine</h2>").Append(strip.Html(PageRoutes.CsvHref(request, strip.Id)));
        return new PageModel("Overview", body.ToString(), [.. figures, strip]);
    }

    private static Figure Agreement(ProfileReport p, bool relative)
    {
        var rows = p.Periods.SelectMany(period => period.Partners.Select(x => new object?[]
            { int.Parse(period.Period, System.Globalization.CultureInfo.InvariantCulture), x.Partner.Value, relative ? x.Relative : x.Agreement })).ToList();
        return new Figure($"{p.State.Value.ToLowerInvariant()}-{(relative ? "relative" : "raw")}",
            relative ? $"{p.Name}: agreement relative to the assembly" : $"{p.Name}: agreement with USA, RUS, CHN",
            "line", ["year", "partner", relative ? "relative agreement" : "agreement"], rows, relative ? "relative" : "agreement");
    }

    private static string BalanceTable(IReadOnlyList<ProfileReport> profiles)
    {
        var html = new StringBuilder("<table class=\"summary\"><caption>Relative agreement over 1992 to the latest vote, and which partner each state leans to</caption><thead><tr><th scope=\"col\">State</th>");
        foreach (var p in Defaults.Partners) html.Append("<th scope=\"col\">").Append(p.Value).Append("</th>");
        html.Append("<th scope=\"col\">Leans to</th><th scope=\"col\">Spread</th></tr></thead><tbody>");
        foreach (var p in profiles)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"/states/").Append(p.State.Value).Append("\">").Append(E(p.Name)).Append("</a></th>");
            foreach (var partner in Defaults.Partners)
            {
                var point = p.Overall?.Partners.FirstOrDefault(x => x.Partner == partner);
                html.Append("<td>").Append(point is null ? "–" : N(point.Relative, "+0.000;−0.000")).Append("</td>");
            }
            html.Append("<td>").Append(E(p.Overall?.Balance.LeansTo?.Value ?? "–")).Append("</td><td>").Append(p.Overall is null ? "–" : N(p.Overall.Balance.Spread)).Append("</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    public static Figure KeyVoteStrip(string id, string title, KeyVoteReport report)
    {
        var rows = report.RollCalls.OrderBy(r => r.Date).ThenBy(r => r.RollCall)
            .SelectMany(r => r.Votes.Select(v => new object?[] { Label(r), v.State.Value, Word(v.Vote) })).ToList();
        return new Figure(id, title, "strip", ["roll call", "state", "vote"], rows,
            Note: $"{report.Matches} roll call(s); yes, no, abstain, absent (a member that cast no vote) or non-member.");
    }

    public static string Label(KeyVote k) => $"{k.Date:yyyy-MM-dd} {k.Symbol ?? "rcid " + k.RollCall}";

    public static string Word(Vote v) => v switch
    {
        Vote.Yes => "yes",
        Vote.No => "no",
        Vote.Abstain => "abstain",
        Vote.Absent => "absent",
        _ => "non-member",
    };
}
