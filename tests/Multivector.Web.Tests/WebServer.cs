using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Multivector.Reports;

namespace Multivector.Web.Tests;

/// <summary>
/// The dashboard as users run it: a real Kestrel server on a loopback port over a store built from the bundled
/// data, with a whole-record ideal-point run fitted (no bootstrap, to keep the suite fast) and one hostile
/// statement imported, and a real HttpClient. Shared by every test in the collection.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-web-").FullName;
    private WebApplication? _app;

    public string StorePath => Path.Combine(_folder, "store.duckdb");
    public Uri Address { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    /// <summary>A statement whose text and title carry markup and script, to prove the pages escape it.</summary>
    public const string HostileId = "hostile-statement";

    public async Task InitializeAsync()
    {
        var statements = Directory.CreateDirectory(Path.Combine(_folder, "hostile")).FullName;
        await File.WriteAllTextAsync(Path.Combine(statements, HostileId + ".txt"),
            "TITLE: <script>alert('title')</script> Joint statement\nDATE: 2024-05-01\nISSUERS: KAZ\n====\n"
            + "We reaffirm <img src=x onerror=alert(1)> our commitment. <script>document.title='pwned'</script> The parties agree on trade.\n");
        using (var store = MultivectorStore.Open(StorePath))
        {
            store.ImportTexts(Multivector.Sources.TextFormat.Folder, statements, "hostile");
            store.IdealPoints(new IdealPointOptions { Replicates = 0 });
        }
        _app = Dashboard.Build(["--urls", "http://127.0.0.1:0"], StorePath);
        _app.Services.GetRequiredService<StoreHost>().Prepare();
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
        Http = new HttpClient { BaseAddress = Address };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class WebServerGroup : ICollectionFixture<WebServer>
{
    public const string Name = "web server";
}
