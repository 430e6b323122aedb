using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Multivector.Texts;

namespace Multivector.Sources;

/// <summary>A statement page as fetched: where it ended up, when, its main text and what the page says about it.</summary>
internal sealed record FetchedPage(Uri Url, DateTime RetrievedAt, string Title, string Text, DateOnly? Published, string? Language, string Sha256);

/// <summary>
/// Downloads an official statement page and extracts its main text with SmartReader (a port of Mozilla's
/// Readability) on AngleSharp's HTML parser. Limits keep a hostile or broken server from doing harm: at most
/// <see cref="MaxRedirects"/> redirects, <see cref="MaxBytes"/> of HTML and <see cref="Timeout"/> in all;
/// only http and https; only HTML. Every refusal is an <see cref="ImportException"/> naming the URL.
/// </summary>
internal static class WebPages
{
    public const int MaxRedirects = 5;
    public const long MaxBytes = 5_000_000;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // A page whose main text is shorter than this is a listing, a menu or an error page, not a statement.
    private const int MinTextChars = 200;

    public static HttpClient Client() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = MaxRedirects,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = Timeout,
        DefaultRequestHeaders = { { "User-Agent", "Multivector (statement import; https://github.com/multivector)" } },
    };

    public static FetchedPage Fetch(HttpClient client, Uri url)
    {
        var where = url.ToString();
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            throw new ImportException(where, null, "not a web address: expected an http or https URL.");
        HttpResponseMessage response;
        try
        {
            response = client.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new ImportException(where, null, $"could not download the page ({e.Message}): expected a reachable web page.", e);
        }
        using (response)
        {
            var final = response.RequestMessage?.RequestUri ?? url;
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
                throw new ImportException(where, null, $"the server redirected more than {MaxRedirects} times (last to {response.Headers.Location}): expected the statement's page.");
            if (!response.IsSuccessStatusCode)
                throw new ImportException(where, null, $"the server answered {status} {response.ReasonPhrase}: expected 200 OK and the statement's page.");
            var media = response.Content.Headers.ContentType?.MediaType;
            if (media is not ("text/html" or "application/xhtml+xml"))
                throw new ImportException(where, null, $"the server sent {media ?? "no content type"}: expected an HTML page.");
            if (response.Content.Headers.ContentLength is long length && length > MaxBytes)
                throw new ImportException(where, null, $"the page is {length:N0} bytes, over the limit of {MaxBytes:N0} bytes: expected a statement's page.");
            var bytes = ReadLimited(response.Content.ReadAsStream(), where);
            var html = Decode(bytes, response.Content.Headers.ContentType);
            return Extract(final, html, where);
        }
    }

    private static byte[] ReadLimited(Stream stream, string where)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw new ImportException(where, null, $"the page is over the limit of {MaxBytes:N0} bytes: expected a statement's page.");
        }
        return buffer.ToArray();
    }

    // The charset the server names, else UTF-8; bytes that are not valid in it become U+FFFD, as browsers show them.
    private static string Decode(byte[] bytes, MediaTypeHeaderValue? type)
    {
        var encoding = Encoding.UTF8;
        if (type?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }
        return encoding.GetString(bytes);
    }

    internal static FetchedPage Extract(Uri url, string html, string where)
    {
        // SmartReader's own "readable" verdict wants long paragraphs; short official statements fail it though
        // their text is found, so the length of what it extracts decides.
        var article = new SmartReader.Reader(url.ToString(), html).GetArticle();
        var text = Paragraphs(article.Content);
        if (text.Length < MinTextChars)
            throw new ImportException(where, null, $"no main text found on the page ({text.Length} characters of article text): expected a page whose body is the statement.");
        if (DocumentReaders.FirstControl(text) is int at)
            throw new ImportException(where, null, $"the page's text holds a control character at character {at}: expected printable text.");
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : string.Join(' ', article.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title is null) throw new ImportException(where, null, "the page has no title: expected a statement page with a title.");
        DateOnly? published = article.PublicationDate is DateTime d ? DateOnly.FromDateTime(d) : null;
        var language = Languages.Detect(text) ?? (article.Language is { Length: >= 2 } l ? l[..2].ToLowerInvariant() : null);
        return new FetchedPage(url, DateTime.UtcNow, title, text, published, language, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    // The article's blocks as paragraphs separated by blank lines, so segmentation sees what the page shows.
    private static string Paragraphs(string contentHtml)
    {
        var document = new HtmlParser().ParseDocument(contentHtml ?? "");
        var blocks = document.QuerySelectorAll("p, li, h1, h2, h3, h4, blockquote")
            .Where(e => e.QuerySelector("p, li, blockquote") is null)
            .Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .ToList();
        if (blocks.Count == 0) blocks = [string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
        return string.Join("\n\n", blocks).Trim();
    }
}
