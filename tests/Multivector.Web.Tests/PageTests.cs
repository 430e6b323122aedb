using System.Net;

namespace Multivector.Web.Tests;

/// <summary>The pages over real HTTP: each loads with real data, escapes what the data says, and serves its figures as CSV.</summary>
[Collection(WebServerGroup.Name)]
public sealed class PageTests(WebServer server)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Central Asia" },
        { "/states/KAZ", "Kazakhstan" },
        { "/states/TKM?partners=%2BTUR", "Turkmenistan" },
        { "/pairs/UZB/TKM", "Every measure" },
        { "/votes?q=ES-11", "ES-11" },
        { "/statements?docs=c5plus1-samarkand,c5plus1-new-york-declaration", "spin" },
        { "/timeline?state=TJK", "Timeline" },
        { "/data", "undl" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_shows_real_data(string path, string says)
    {
        using var response = await server.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(says, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_statement_is_shown_as_text_and_never_runs()
    {
        var html = await server.Http.GetStringAsync("/statements?docs=" + WebServer.HostileId);

        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>document", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_and_terminal_escapes_in_a_query_come_back_as_text()
    {
        var html = await server.Http.GetStringAsync("/votes?q=" + Uri.EscapeDataString("<script>alert(1)</script>\u001b[31m"));

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figures_csv_holds_the_rows_its_chart_draws()
    {
        var html = await server.Http.GetStringAsync("/pairs/KAZ/RUS");
        var csv = await server.Http.GetStringAsync("/pairs/KAZ/RUS/figures/measures.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("year,measure,value", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("2022,voeten,", StringComparison.Ordinal));
        // The accessible table under the chart has one row per CSV row.
        var table = html[html.IndexOf("id=\"measures\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(lines.Length - 1, table.Split("<tr>").Length - 2);
    }

    [Fact]
    public async Task An_unknown_state_page_says_so_with_a_404_page()
    {
        using var response = await server.Http.GetAsync("/states/XYZ");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Unknown state", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pickers_send_users_on_to_shareable_addresses()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = server.Address };

        using var state = await http.GetAsync("/states/go?code=UZB&partners=%2BIND");
        using var pair = await http.GetAsync("/pairs/go?a=KAZ&b=CHN");

        Assert.Equal("/states/UZB?partners=%2BIND", state.Headers.Location?.OriginalString);
        Assert.Equal("/pairs/KAZ/CHN", pair.Headers.Location?.OriginalString);
    }
}
