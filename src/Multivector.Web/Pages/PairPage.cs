using System.Text;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>Every agreement measure for two states side by side, over time and by issue: how the definition changes the answer.</summary>
internal static class PairPage
{
    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var (a, b, aName, bName, states) = host.Use(s =>
        {
            var first = Api.Parameters.State(s, "a", (string)request.RouteValues["a"]!);
            var second = Api.Parameters.State(s, "b", (string)request.RouteValues["b"]!);
            return (first, second, s.State(first).Name, s.State(second).Name, s.AllStates);
        });
        var byYear = host.Cached($"pair-years|{a}|{b}", s => s.Agreement(a, b, OverviewPage.SinceIndependence, PeriodKind.Year, new Uncertainty(Replicates: 0)));
        var byIssue = host.Cached($"pair-issues|{a}|{b}", s => IssueCodes.Every.Select(i => (Issue: i, Report: s.Agreement(a, b, OverviewPage.SinceIndependence with { Issues = [i] }, PeriodKind.All, new Uncertainty(Replicates: 0)))).ToList());
        var figures = new List<Figure>
        {
            new("measures", $"{aName} and {bName}: every measure per year", "line", ["year", "measure", "value"],
                [.. byYear.Rows.SelectMany(r => r.Measures.Select(m => new object?[] { int.Parse(r.Period, System.Globalization.CultureInfo.InvariantCulture), MeasureLabels.Label(m.Measure), m.Value }))], "agreement"),
            new("issues", $"{aName} and {bName}: every measure by issue, 1992 on", "bar", ["issue", "measure", "value"],
                [.. byIssue.SelectMany(x => x.Report.Rows.SelectMany(r => r.Measures.Select(m => new object?[] { x.Issue.Name(), MeasureLabels.Label(m.Measure), m.Value })))], "agreement",
                "Each issue's roll calls as tagged in Voeten's data (the UN Digital Library's later ones carry no tags)."),
        };
        var body = new StringBuilder();
        body.Append($"<h1>{E(aName)} and {E(bName)}</h1>").Append(Pick(states, a, b));
        body.Append("<p class=\"lead\">Identical-vote agreement, Voeten's scaled measure, the State Department's two, Signorino–Ritter's S, Cohen's kappa and Scott's pi read the same roll calls differently: chance-corrected measures (kappa, pi) fall when both states vote yes on most texts. See the methodology for each formula.</p>");
        body.Append(PageRoutes.Figures(request, figures));
        return new PageModel($"{aName} and {bName}", body.ToString(), figures);
    }

    private static string Pick(IReadOnlyList<State> states, StateCode a, StateCode b)
    {
        return $"""
            <form class="pick" method="get" action="/pairs/go">
            <label for="a">First state</label> <select id="a" name="a">{StateOptions(states, a)}</select>
            <label for="b">Second state</label> <select id="b" name="b">{StateOptions(states, b)}</select>
            <button type="submit">Compare</button>
            </form>
            """;
    }
}
