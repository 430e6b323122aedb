using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
namespace Multivector.Web.Tests;

/// <summary>The dashboard's store while other processes write: a publish is picked up, and never stalls an answer.</summary>
[Collection(WebServerGroup.Name)]
public sealed class StoreHostTests(WebServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-host-").FullName;

    [Fact]
    public async Task A_published_import_is_seen_and_remembered_answers_are_served_until_recomputed()
    {
        var path = Path.Combine(_folder, "store.duckdb");
        File.Copy(server.StorePath, path);
        using var host = new StoreHost(path);
        host.Prepare();
        static int Ties(MultivectorStore s) => s.Ties(Model.StateCode.Parse("KAZ")).Partners.Sum(p => p.Shares.Count);
        var before = host.Cached("ties", s => new Count(Ties(s)));

        var csv = Path.Combine(_folder, "new.csv");
        await File.WriteAllTextAsync(csv, "state,partner,indicator,year,value,unit\nKAZ,RUS,remittances,2021,1,USD millions\nKAZ,CHN,remittances,2021,1,USD millions\n");
        using (var writer = MultivectorStore.Open(path))
        {
            writer.ImportTies(TieFormat.Tidy, csv, "test");
        }

        // The new version opens in the background; meanwhile requests are answered from the one in use.
        var served = host.Cached("ties", s => new Count(Ties(s)));
        var fresh = host.Use(Ties);
        for (var i = 0; i < 100 && fresh == before.Value; i++)
        {
            await Task.Delay(50);
            fresh = host.Use(Ties);
        }
        var later = host.Cached("ties", s => new Count(Ties(s)));
        for (var i = 0; i < 100 && later.Value == before.Value; i++)
        {
            await Task.Delay(50);
            later = host.Cached("ties", s => new Count(Ties(s)));
        }

        Assert.Empty(Directory.GetFiles(_folder, "*.view-*"));
        Assert.Equal(before.Value, served.Value);
        Assert.NotEqual(before.Value, fresh);
        Assert.Equal(fresh, later.Value);
    }

    [Fact]
    public async Task With_no_store_the_dashboard_says_so_and_serves_it_once_it_exists()
    {
        var path = Path.Combine(_folder, "later.duckdb");
        await using var app = Dashboard.Build(["--urls", "http://127.0.0.1:0"], path);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var page = await http.GetAsync("/");
        using var api = await http.GetAsync("/api/states");
        File.Copy(server.StorePath, path);
        using var after = await http.GetAsync("/api/states");

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("missing or being rebuilt", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task While_ideal_points_are_fitted_in_the_background_the_state_page_says_how_far_the_fit_is_then_shows_them()
    {
        var path = Path.Combine(_folder, "fresh.duckdb");
        using (MultivectorStore.Open(path))
        {
            // Built from the bundled data: no ideal points yet.
        }
        await using var app = Dashboard.Build(["--urls", "http://127.0.0.1:0"], path);
        await app.StartAsync();
        var host = app.Services.GetRequiredService<StoreHost>();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var fit = host.FitIdealPointsInBackground();
        var during = "";
        while (!fit.IsCompleted && !during.Contains("being fitted in the background", StringComparison.Ordinal))
            during = await http.GetStringAsync("/states/KAZ");
        await fit;
        var after = await http.GetStringAsync("/states/KAZ");
        for (var i = 0; i < 100 && !after.Contains("Ideal points of", StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
            after = await http.GetStringAsync("/states/KAZ");
        }

        Assert.Matches(@"being fitted in the background \(ideal points: [a-z ×0-9]+, \d+%\)", during);
        Assert.Null(host.IdealFitProgress);
        Assert.Contains("Ideal points of", after, StringComparison.Ordinal);
        Assert.DoesNotContain("being fitted", after, StringComparison.Ordinal);
    }

    private sealed record Count(int Value);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
