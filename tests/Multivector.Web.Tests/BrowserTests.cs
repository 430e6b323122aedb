using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Multivector.Web.Tests;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), shared by the browser tests.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Path = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path)) throw new InvalidOperationException($"{Path} is missing: install Debian's chromium package (apt-get install -y chromium), as .ci/run does.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            // As root in a container, and with no network beyond loopback: no sandbox, no background calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<WebServer>, ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}

/// <summary>The pages in a real browser: no console errors, charts drawn from real data, legends, spin, CSV, accessibility.</summary>
[Collection(BrowserGroup.Name)]
public sealed class BrowserTests(WebServer server, Chromium chromium)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "/" },
        { "state", "/states/KAZ" },
        { "pair", "/pairs/KAZ/RUS" },
        { "votes", "/votes?q=ES-11" },
        { "statements", "/statements?docs=c5plus1-samarkand,c5plus1-new-york-declaration" },
        { "timeline", "/timeline?state=TJK" },
        { "data", "/data" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_loads_without_errors_draws_its_charts_and_passes_axe(string name, string path)
    {
        var page = await Open();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add($"{m.Text} ({m.Location})"); };
        page.PageError += (_, e) => errors.Add(e);

        var response = await page.GotoAsync(new Uri(server.Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var figures = await page.Locator("figure.chart").CountAsync();
        await page.WaitForFunctionAsync("n => document.querySelectorAll('figure.chart[data-ready]').length === n", figures);
        var drawn = await page.Locator("figure.chart[data-ready='true'] canvas").CountAsync();
        var axe = await page.RunAxe();
        await Screenshot(page, name);

        Assert.Equal(200, response!.Status);
        Assert.Empty(errors);
        Assert.True(drawn >= figures - await page.Locator("figure.chart[data-ready='empty']").CountAsync(), $"{drawn} of {figures} charts drawn");
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task A_chart_draws_the_rows_of_its_data_table()
    {
        var page = await Open();
        await page.GotoAsync(new Uri(server.Address, "/pairs/KAZ/RUS").ToString());
        await page.WaitForSelectorAsync("#measures[data-ready='true']");

        var points = await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.querySelector('#measures .chart-canvas')).getOption().series.reduce((n, s) => n + s.data.filter(d => d[1] !== null).length, 0)");
        var rows = await page.Locator("#measures table tbody tr").CountAsync();

        Assert.True(points > 200, $"{points} points");
        Assert.Equal(rows, points);
    }

    [Fact]
    public async Task A_legend_button_hides_and_shows_its_series()
    {
        var page = await Open();
        await page.GotoAsync(new Uri(server.Address, "/").ToString());
        await page.WaitForSelectorAsync("#kaz-raw[data-ready='true']");
        var button = page.Locator("#kaz-raw .chart-legend button", new PageLocatorOptions { HasText = "RUS" });
        const string selected = "() => echarts.getInstanceByDom(document.querySelector('#kaz-raw .chart-canvas')).getOption().legend[0].selected['RUS'] !== false";

        Assert.True(await page.EvaluateAsync<bool>(selected));
        await button.ClickAsync();
        Assert.Equal("false", await button.GetAttributeAsync("aria-pressed"));
        Assert.False(await page.EvaluateAsync<bool>(selected));
        await button.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>(selected));
    }

    [Fact]
    public async Task The_statement_view_highlights_spin()
    {
        var page = await Open();
        await page.GotoAsync(new Uri(server.Address, "/statements?docs=c5plus1-samarkand,c5plus1-new-york-declaration").ToString());

        var spin = page.Locator(".side .clause.spin");
        var core = page.Locator(".side .clause.core");

        Assert.True(await spin.CountAsync() > 0);
        Assert.True(await core.CountAsync() > 0);
        Assert.Equal("rgb(251, 213, 208)", await spin.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.NotEqual(await core.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"), await spin.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Fact]
    public async Task The_csv_link_downloads_what_the_chart_shows()
    {
        var page = await Open();
        await page.GotoAsync(new Uri(server.Address, "/states/KGZ").ToString());
        await page.WaitForSelectorAsync("#profile[data-ready='true']");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#profile a.csv").ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        var island = await page.EvaluateAsync<int>("() => JSON.parse(document.querySelector('#profile script.chart-data').textContent).rows.length");
        var drawn = await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.querySelector('#profile .chart-canvas')).getOption().series.filter(s => !/-(low|band)$/.test(s.id)).reduce((n, s) => n + s.data.filter(d => d[1] !== null).length, 0)");

        Assert.Equal("year,partner,agreement,low,high", csv[0]);
        Assert.Equal(island, csv.Length - 1);
        Assert.Equal(drawn, csv.Skip(1).Count(l => l.Split(',')[2].Length > 0));
    }

    [Fact]
    public async Task A_statement_with_script_in_it_runs_nothing()
    {
        var page = await Open();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync(new Uri(server.Address, "/statements?docs=" + WebServer.HostileId).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(0, dialogs);
        Assert.DoesNotContain("pwned", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains("<script>alert('title')</script>", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> Open()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    /// <summary>Every page is photographed; `docs/images/make-screenshots.sh` points this at docs/images for the README.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("MULTIVECTOR_SCREENSHOTS") is { Length: > 0 } set ? set : Directory.CreateTempSubdirectory("multivector-shots-").FullName;
        Directory.CreateDirectory(folder);
        var file = System.IO.Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false });
        var head = new byte[8];
        await using (var stream = File.OpenRead(file)) await stream.ReadExactlyAsync(head);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], head);
    }
}

/// <summary>The shareable report: one file that draws its charts with the network cut off.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ReportTests(WebServer server, Chromium chromium)
{
    [Fact]
    public async Task The_state_report_is_one_file_that_draws_its_charts_offline()
    {
        var html = await server.Http.GetStringAsync("/states/UZB/report.html");
        var file = Path.Combine(Directory.CreateTempSubdirectory("multivector-report-").FullName, "uzb.html");
        await File.WriteAllTextAsync(file, html);
        var context = await chromium.Browser.NewContextAsync();
        var requests = new List<string>();
        await context.RouteAsync("**/*", route =>
        {
            requests.Add(route.Request.Url);
            return route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync("file://" + file);
        await page.WaitForSelectorAsync("#profile[data-ready='true']");

        Assert.Empty(errors);
        Assert.All(requests, r => Assert.StartsWith("file:", r, StringComparison.Ordinal));
        Assert.True(await page.Locator("figure.chart[data-ready='true'] canvas").CountAsync() >= 2);
        Assert.Contains("Uzbekistan", await page.TitleAsync(), StringComparison.Ordinal);
    }
}
