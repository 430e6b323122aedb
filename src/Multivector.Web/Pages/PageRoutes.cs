using System.Text;

namespace Multivector.Web.Pages;

/// <summary>
/// The pages: each has a stable URL that can be shared (its state, pair or query in the path and query string),
/// and each figure's data at &lt;page&gt;/figures/&lt;id&gt;.csv with the same query.
/// </summary>
internal static class PageRoutes
{
    private delegate PageModel Builder(StoreHost host, HttpRequest request);

    public static void MapPages(this IEndpointRouteBuilder app)
    {
        Map(app, "/", "/", OverviewPage.Build);
        Map(app, "/states/{code}", "/states", StatePage.Build);
        Map(app, "/pairs/{a}/{b}", "/pairs", PairPage.Build);
        Map(app, "/votes", "/votes", VotesPage.Build);
        Map(app, "/statements", "/statements", StatementsPage.Build);
        Map(app, "/timeline", "/timeline", TimelinePage.Build);
        Map(app, "/data", "/data", DataPage.Build);
        app.MapGet("/states", () => Results.Redirect("/states/KAZ")).ExcludeFromDescription();
        // The pickers' forms land here and are sent on to the page's shareable address.
        app.MapGet("/states/go", (string? code, string? partners) =>
            Results.Redirect($"/states/{Uri.EscapeDataString(code ?? "KAZ")}" + (string.IsNullOrWhiteSpace(partners) ? "" : "?partners=" + Uri.EscapeDataString(partners)))).ExcludeFromDescription();
        app.MapGet("/statements/go", (HttpRequest request) =>
        {
            var docs = string.Join(',', request.Query["docs"].Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d!));
            return Results.Redirect("/statements?docs=" + Uri.EscapeDataString(docs) + (request.Query["semantic"] == "true" ? "&semantic=true" : ""));
        }).ExcludeFromDescription();
        app.MapGet("/pairs/go", (string? a, string? b) =>
            Results.Redirect($"/pairs/{Uri.EscapeDataString(a ?? "KAZ")}/{Uri.EscapeDataString(b ?? "RUS")}")).ExcludeFromDescription();
    }

    private static void Map(IEndpointRouteBuilder app, string pattern, string area, Builder build)
    {
        app.MapGet(pattern, (StoreHost host, HttpRequest request) =>
        {
            var page = build(host, request);
            return Results.Content(Layout.Page(page.Title, page.Body, area == "/" ? "/" : request.Path.Value ?? area), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        app.MapGet((pattern == "/" ? "" : pattern) + "/report.html", (StoreHost host, HttpRequest request) =>
        {
            var page = build(host, request);
            var pagePath = request.Path.Value![..^"/report.html".Length];
            var name = pagePath.Trim('/').Replace('/', '-');
            return Results.File(Encoding.UTF8.GetBytes(Report.Html(page, (pagePath.Length == 0 ? "/" : pagePath) + request.QueryString)),
                "text/html; charset=utf-8", $"multivector-{(name.Length == 0 ? "overview" : name)}.html");
        }).ExcludeFromDescription();
        app.MapGet((pattern == "/" ? "" : pattern) + "/figures/{figure}.csv", (StoreHost host, HttpRequest request, string figure) =>
        {
            var page = build(host, request);
            var found = page.Figures.FirstOrDefault(f => f.Id == figure)
                ?? throw new MultivectorException($"This page has no figure '{figure}': expected one of {string.Join(", ", page.Figures.Select(f => f.Id))}.", ErrorKind.NotFound);
            return Results.File(Encoding.UTF8.GetBytes(found.Csv()), "text/csv; charset=utf-8", figure + ".csv");
        }).ExcludeFromDescription();
    }

    /// <summary>The CSV address of a figure on the page being built: the page's path and query, with /figures/&lt;id&gt;.csv.</summary>
    public static string CsvHref(HttpRequest request, string figure) =>
        (request.Path.Value is "/" or null ? "" : request.Path.Value.TrimEnd('/')) + "/figures/" + figure + ".csv" + request.QueryString.Value;

    public static string Figures(HttpRequest request, IEnumerable<Figure> figures) =>
        string.Join("\n", figures.Select(f => f.Html(CsvHref(request, f.Id))));

    public static string? Query(HttpRequest request, string name) =>
        Api.Parameters.Bounded(name, request.Query[name].FirstOrDefault() is { Length: > 0 } v ? v : null);
}
