using System.Text;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;
using static Multivector.Web.Pages.Layout;

namespace Multivector.Web.Pages;

/// <summary>
/// One state among its partners: the profile with intervals, ideal-point trajectories, key votes, statements and
/// summits, and its money-and-people ties beside its vote agreement with the same partners.
/// </summary>
internal static class StatePage
{
    public static PageModel Build(StoreHost host, HttpRequest request)
    {
        var text = (string)request.RouteValues["code"]!;
        var partnersText = PageRoutes.Query(request, "partners");
        var (state, name, partners, allStates) = host.Use(s =>
        {
            var code = Api.Parameters.State(s, "code", text);
            return (code, s.State(code).Name, s.ResolvePartners(code, partnersText), s.AllStates);
        });
        var key = $"{state}|{partnersText}";
        var profile = host.Cached($"state-profile|{key}", s => s.Profile(state, partners, Defaults.Measure, OverviewPage.SinceIndependence, PeriodKind.Year, new Uncertainty()));
        var shown = profile.Partners;
        var ideal = host.Cached($"state-ideal|{key}", s => new Box<IdealPointReport?>(s.StoredIdealPoints([state, .. shown])));
        var votes = host.Cached($"state-votes|{state}", s => s.FindVotes(new VoteQuery { ImportantOnly = true, States = [state, .. Defaults.Partners.Where(p => p != state)], Limit = 15 }));
        var ties = host.Cached($"state-ties|{state}", s => s.Ties(state));
        var timeline = host.Cached($"state-timeline|{state}", s => s.Timeline(new TimelineQuery { State = state, NewestFirst = true }));
        var documents = host.Cached($"state-documents|{state}", s => s.Documents(issuer: state.Value, limit: 15));

        var figures = new List<Figure>
        {
            new("profile", $"{name}: agreement with each partner, with {profile.Level:0%} intervals", "line", ["year", "partner", "agreement", "low", "high"],
                [.. profile.Periods.SelectMany(p => p.Partners.Select(x => new object?[] { Year(p.Period), x.Partner.Value, x.Agreement, x.Low, x.High }))], "agreement",
                $"Voeten's agreement per year; percentile bootstrap over roll calls, {profile.Replicates} replicates."),
        };
        if (ideal.Value is { } run)
        {
            figures.Add(new Figure("ideal", $"Ideal points of {name} and its partners (run {run.RunId})", "line", ["period", "state", "position", "low", "high"],
                [.. run.States.SelectMany(t => t.Points.Select(p => new object?[] { Year(p.Period), t.State.Value, p.Position, p.Low, p.High }))], "position",
                $"Dynamic ordinal ideal points by {run.By.ToString().ToLowerInvariant()}, standardised over the run (USA positive); bands: {run.Level:0%} parametric bootstrap, {run.Replicates} replicates ({(run.IntervalMethod == "percentile" ? "percentiles" : "± z·sd")}). One scale for the whole record: the assembly's spread may change from period to period (see the methodology)."));
        }
        var tiePartners = ties.Partners.Where(p => p.Agreement is not null).ToList();
        figures.Add(new Figure("ties", $"{name}: money and people beside vote agreement", "bar", ["partner", "measure", "value"],
            [.. tiePartners.SelectMany(p => TieValues(p).Select(v => new object?[] { p.Partner, v.Label, v.Value }))], "share or agreement",
            "Shares of the state's total with all partners (latest year); agreement is Voeten's over the same years."));

        var body = new StringBuilder();
        body.Append($"<h1>{E(name)} ({state})</h1>");
        body.Append(Pick(allStates, state, partnersText));
        body.Append($"<p><a class=\"report\" href=\"/states/{state}/report.html{E(request.QueryString.Value)}\" download>Download this page as one self-contained HTML file</a> (charts and data inlined, for attaching or publishing).</p>");
        body.Append("<h2>Profile</h2>").Append(Balance(profile));
        body.Append(figures[0].Html(PageRoutes.CsvHref(request, "profile")));
        body.Append("<h2>Ideal points</h2>");
        body.Append(ideal.Value is null
            ? host.IdealFitProgress is { } progress
                ? $"<p class=\"note\" role=\"status\">Ideal points over the whole record are being fitted in the background ({Layout.E(progress)}); reload this page in a few seconds to see them.</p>"
                : "<p class=\"note\">The store holds no ideal-point run over the whole record yet. Fit one with <code>multivector ideal</code>; this page then shows it.</p>"
            : figures[1].Html(PageRoutes.CsvHref(request, "ideal")));
        body.Append("<h2>Money and people</h2>").Append(TiesTable(ties)).Append(figures[^1].Html(PageRoutes.CsvHref(request, "ties")));
        body.Append("<h2>Key votes</h2>").Append(VotesPage.Table(votes, "The US State Department's important votes, newest first"));
        body.Append("<h2>Statements and summits</h2>").Append(Documents(documents)).Append(TimelinePage.Table(timeline, 15));
        return new PageModel(name, body.ToString(), figures);
    }

    /// <summary>Reports are cached by reference type; a null answer rides in a box.</summary>
    internal sealed record Box<T>(T Value);

    private static object Year(string period) => int.TryParse(period, out var y) ? y : period;

    private static IEnumerable<(string Label, double Value)> TieValues(TiePartner p)
    {
        foreach (var (indicator, direction, label) in new[] { ("remittances", "inflow", "remittances received"), ("emigrants", "outflow", "emigrants living there"), ("fdi-position", "inflow", "inward investment (5 investors)") })
        {
            var share = p.Shares.Where(s => s.Indicator == indicator && s.Direction == direction).OrderBy(s => s.Basis == "derived" ? 0 : 1).FirstOrDefault();
            if (share is not null) yield return (label, share.Share);
        }
        if (p.Agreement is double a) yield return ("vote agreement", a);
    }

    private static string TiesTable(TiesReport ties)
    {
        if (ties.Partners.Count == 0) return "<p class=\"note\">The store holds no ties for this state.</p>";
        var html = new StringBuilder("<table><caption>Partners by tie, latest year of each, with vote agreement over the same years</caption><thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Remittances</th><th scope=\"col\">Emigrants</th><th scope=\"col\">Inward FDI (5)</th><th scope=\"col\">Agreement</th><th scope=\"col\">Years</th></tr></thead><tbody>");
        foreach (var p in ties.Partners)
        {
            string Share(string indicator, string direction) => p.Shares.Where(s => s.Indicator == indicator && s.Direction == direction).OrderBy(s => s.Basis == "derived" ? 0 : 1).FirstOrDefault() is { } s ? Percent(s.Share) : "–";
            html.Append($"<tr><th scope=\"row\">{E(p.Name)}</th><td>{Share("remittances", "inflow")}</td><td>{Share("emigrants", "outflow")}</td><td>{Share("fdi-position", "inflow")}</td><td>{(p.Agreement is double a ? N(a) : "–")}</td><td>{(p.AgreementFrom is int f ? $"{f}–{p.AgreementTo}" : "–")}</td></tr>");
        }
        return html.Append("</tbody></table>").Append($"<p class=\"note\">{E(ties.Note)}</p>").ToString();
    }

    private static string Balance(ProfileReport p)
    {
        if (p.Overall is null) return "";
        var b = p.Overall.Balance;
        var leans = b.LeansTo is { } to ? $"leans to <strong>{to}</strong> by {N(b.Margin)} over the next partner" : "leans to no partner";
        return $"<p class=\"lead\">Over {E(p.Selection.Description)}, {E(p.Name)} {leans}; the spread between its closest and farthest partner is {N(b.Spread)} ({N(b.SpreadLow)} to {N(b.SpreadHigh)}).</p>";
    }

    private static string Documents(IReadOnlyList<DocumentSummary> documents) =>
        documents.Count == 0 ? "<p class=\"note\">No stored statement names this state as an issuer.</p>"
        : "<ul class=\"documents\">" + string.Join("", documents.Select(d => $"<li>{d.Date:yyyy-MM-dd} <a href=\"/statements?docs={Uri.EscapeDataString(d.Id)}\">{E(d.Title)}</a> <span class=\"muted\">({E(d.Corpus)})</span></li>")) + "</ul>";

    private static string Pick(IReadOnlyList<State> states, StateCode current, string? partners)
    {
        var options = StateOptions(states, current);
        return $"""
            <form class="pick" method="get" action="/states/go">
            <label for="state">State</label> <select id="state" name="code">{options}</select>
            <label for="partners">Partners</label> <input id="partners" name="partners" value="{E(partners)}" placeholder="USA,RUS,CHN or +IND,TUR" size="24">
            <button type="submit">Show</button>
            </form>
            """;
    }
}
