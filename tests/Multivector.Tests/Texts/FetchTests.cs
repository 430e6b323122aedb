using System.Net;
using System.Net.Sockets;
using System.Text;
using Multivector.Sources;
using Multivector.Tests.Sources;

namespace Multivector.Tests.Texts;

/// <summary>
/// A real loopback HTTP server serving pages written in the shapes of official sites (Fixtures/pages), with a
/// redirect, a redirect loop, a 404, a listing with no main text, a PDF and a page over the size limit. No test
/// touches the network.
/// </summary>
public sealed class FetchTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly MultivectorStore _store = MultivectorStore.Open(":memory:", empty: true);
    private readonly CancellationTokenSource _stop = new();

    public FetchTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _root = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_root);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var response = context.Response;
            var path = context.Request.Url!.AbsolutePath;
            switch (path)
            {
                case "/en/news/joint-statement":
                    Send(response, File.ReadAllBytes(BadFiles.Fixture("pages", "presidential-news.html")), "text/html; charset=utf-8");
                    break;
                case "/ru/press/statement":
                    Send(response, File.ReadAllBytes(BadFiles.Fixture("pages", "ministry-page.html")), "text/html; charset=utf-8");
                    break;
                case "/en/news":
                    Send(response, File.ReadAllBytes(BadFiles.Fixture("pages", "menu-only.html")), "text/html; charset=utf-8");
                    break;
                case "/old-address":
                    response.Redirect(_root + "en/news/joint-statement");
                    response.StatusCode = 301;
                    response.Close();
                    break;
                case "/loop":
                    response.Redirect(_root + "loop");
                    response.StatusCode = 302;
                    response.Close();
                    break;
                case "/statement.pdf":
                    Send(response, "%PDF-1.7"u8.ToArray(), "application/pdf");
                    break;
                case "/huge":
                    var filler = new StringBuilder("<html><head><title>Huge</title></head><body><article>");
                    while (filler.Length < 6_000_000) filler.Append("<p>The Parties reaffirmed their commitment to cooperation in every field of common interest.</p>");
                    Send(response, Encoding.UTF8.GetBytes(filler.Append("</article></body></html>").ToString()), "text/html; charset=utf-8");
                    break;
                default:
                    response.StatusCode = 404;
                    Send(response, "<html><body><h1>Page not found</h1></body></html>"u8.ToArray(), "text/html");
                    break;
            }
        }
    }

    private static void Send(HttpListenerResponse response, byte[] body, string type)
    {
        try
        {
            response.ContentType = type;
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client stopped reading (the size limit): nothing to do.
        }
    }

    private int Count() => _store.Documents(limit: 1000).Count;

    private void AssertRefused(string path, string expected)
    {
        var before = Count();
        var e = Assert.Throws<ImportException>(() => _store.FetchText(new Uri(_root + path), date: new DateOnly(2024, 1, 1)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains(_root + path, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, Count());
    }

    [Fact]
    public void A_presidential_news_page_is_stored_with_its_main_text_date_url_language_and_retrieval_time()
    {
        var started = DateTime.UtcNow;

        var result = _store.FetchText(new Uri(_root + "en/news/joint-statement"), statementFormat: "C5");
        var stored = _store.Document(Assert.Single(_store.Documents(format: "C5")).Id);

        Assert.Equal(1, result.DocumentsAdded);
        Assert.Equal("web", result.Format);
        Assert.Equal(new DateOnly(2024, 8, 9), stored.Date);
        Assert.Contains("Joint Statement of the Heads of State", stored.Title, StringComparison.Ordinal);
        Assert.Equal(_root + "en/news/joint-statement", stored.SourceUrl);
        Assert.Equal("en", stored.Language);
        Assert.True(stored.RetrievedAt >= started.AddSeconds(-1), $"{stored.RetrievedAt}");
        Assert.StartsWith("We, the Heads of State of Central Asia, met in Astana", stored.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nThe Parties reaffirmed their commitment", stored.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", stored.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related news", stored.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contacts", stored.Text, StringComparison.Ordinal);
        Assert.Equal(["middle-corridor", "north-south", "cku-railway"], _store.Framing([stored.Id]).Documents[0].Corridors.Select(c => c.Corridor));
    }

    [Fact]
    public void Fetching_the_same_page_again_adds_nothing()
    {
        _store.FetchText(new Uri(_root + "en/news/joint-statement"));

        var again = _store.FetchText(new Uri(_root + "en/news/joint-statement"));

        Assert.Equal((0, 1), (again.DocumentsAdded, again.DocumentsMatched));
        Assert.Equal(1, Count());
    }

    [Fact]
    public void A_redirect_is_followed_and_the_final_address_is_stored()
    {
        _store.FetchText(new Uri(_root + "old-address"), id: "moved-statement");

        Assert.Equal(_root + "en/news/joint-statement", _store.Document("moved-statement").SourceUrl);
    }

    [Fact]
    public void A_ministry_page_without_a_date_needs_one_and_then_imports_in_russian()
    {
        AssertRefusedWithoutDate("ru/press/statement");

        _store.FetchText(new Uri(_root + "ru/press/statement"), date: new DateOnly(2024, 3, 15), issuers: [Multivector.Model.StateCode.Parse("KGZ")]);
        var stored = _store.Document(Assert.Single(_store.Documents()).Id);

        Assert.Equal("ru", stored.Language);
        Assert.Equal(["KGZ"], stored.Issuers);
        Assert.StartsWith("Совместное заявление министров", stored.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nМинистры иностранных дел государств Центральной Азии провели встречу", stored.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Визы", stored.Text, StringComparison.Ordinal);
    }

    private void AssertRefusedWithoutDate(string path)
    {
        var e = Assert.Throws<ImportException>(() => _store.FetchText(new Uri(_root + path)));
        Assert.Contains("the page gives no publication date", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count());
    }

    [Fact]
    public void A_missing_page_is_refused_with_the_status() => AssertRefused("no-such-page", "the server answered 404");

    [Fact]
    public void A_page_with_no_main_text_is_refused() => AssertRefused("en/news", "no main text found on the page");

    [Fact]
    public void A_page_over_the_size_limit_is_refused() => AssertRefused("huge", "over the limit of 5,000,000 bytes");

    [Fact]
    public void A_redirect_loop_is_refused() => AssertRefused("loop", "redirected more than 5 times");

    [Fact]
    public void A_file_that_is_not_html_is_refused() => AssertRefused("statement.pdf", "the server sent application/pdf: expected an HTML page");

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _store.Dispose();
        _stop.Dispose();
    }
}
