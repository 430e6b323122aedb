using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security;
using System.Text;
using nietras.SeparatedValues;

namespace Multivector.Cli.Tests.Update;

/// <summary>One voting record as the UN Digital Library's MARCXML answer gives it.</summary>
internal sealed record LibraryRecord(long Id, string Date, string Symbol, string Session, string Title, int Yes, int No, int Abstain, int NonVoting,
    IReadOnlyList<(string Code, string Name, string Vote)> Votes);

/// <summary>
/// An in-process HTTP server on loopback that answers the library's search URL with recorded MARCXML pages,
/// written from the bundled 2021–2025 UN Digital Library rows in the documented shape (docs/importers.md).
/// Faults can be armed per page: a 503, a body cut short, or 404 for everything.
/// </summary>
internal sealed class LibraryServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<LibraryRecord> _records;
    private readonly Task _loop;

    public Uri Address { get; }
    public ConcurrentQueue<string> Requests { get; } = new();
    /// <summary>jrec values whose first request answers 503.</summary>
    public ConcurrentDictionary<int, bool> Unavailable { get; } = new();
    /// <summary>jrec values whose first request sends only half the body.</summary>
    public ConcurrentDictionary<int, bool> Truncated { get; } = new();
    public bool RefuseAll { get; set; }

    public LibraryServer(IReadOnlyList<LibraryRecord> records)
    {
        _records = records;
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20000, 60000);
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                _listener.Start();
                Address = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
            }
        }
        _loop = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        Requests.Enqueue(request.Url!.PathAndQuery);
        var response = context.Response;
        try
        {
            var query = System.Web.HttpUtility.ParseQueryString(request.Url.Query);
            if (RefuseAll || request.Url.AbsolutePath != "/search" || query["of"] != "xm" || query["cc"] != "Voting Data")
            {
                response.StatusCode = 404;
                return;
            }
            var first = int.Parse(query["jrec"] ?? "1", CultureInfo.InvariantCulture);
            var size = int.Parse(query["rg"] ?? "10", CultureInfo.InvariantCulture);
            if (Unavailable.TryRemove(first, out _))
            {
                response.StatusCode = 503;
                return;
            }
            var (from, to) = Range(query["p"] ?? "");
            var hits = _records.Where(r => string.CompareOrdinal(r.Date, from) >= 0 && string.CompareOrdinal(r.Date, to) <= 0).OrderBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
            var body = Encoding.UTF8.GetBytes(Page(hits.Count, hits.Skip(first - 1).Take(size)));
            if (Truncated.TryRemove(first, out _)) body = body[..(body.Length / 2)];
            response.ContentType = "application/xml; charset=utf-8";
            response.OutputStream.Write(body);
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The date range of a query "269__a:2025-01-01->2025-08-31".</summary>
    private static (string From, string To) Range(string p)
    {
        var range = p[(p.IndexOf(':', StringComparison.Ordinal) + 1)..].Split("->");
        return (range[0], range[1]);
    }

    public static string Page(int total, IEnumerable<LibraryRecord> records)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append(CultureInfo.InvariantCulture, $"<!-- Search-Engine-Total-Number-Of-Results: {total} -->\n");
        xml.Append("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n");
        foreach (var r in records) xml.Append(Record(r));
        xml.Append("</collection>\n");
        return xml.ToString();
    }

    private static string Record(LibraryRecord r)
    {
        static string E(string s) => SecurityElement.Escape(s);
        var x = new StringBuilder();
        x.Append("<record>\n");
        x.Append(CultureInfo.InvariantCulture, $"  <controlfield tag=\"001\">{r.Id}</controlfield>\n");
        var parts = r.Title.Split(" : ", 2);
        x.Append(CultureInfo.InvariantCulture, $"  <datafield tag=\"245\" ind1=\" \" ind2=\" \"><subfield code=\"a\">{E(parts[0])} :</subfield><subfield code=\"b\">{E(parts.Length > 1 ? parts[1] : "resolution /")}</subfield></datafield>\n");
        x.Append(CultureInfo.InvariantCulture, $"  <datafield tag=\"269\" ind1=\" \" ind2=\" \"><subfield code=\"a\">{r.Date}</subfield></datafield>\n");
        x.Append(CultureInfo.InvariantCulture, $"  <datafield tag=\"791\" ind1=\" \" ind2=\" \"><subfield code=\"a\">{E(r.Symbol)}</subfield><subfield code=\"b\">A/</subfield><subfield code=\"c\">{r.Session}</subfield></datafield>\n");
        x.Append(CultureInfo.InvariantCulture, $"  <datafield tag=\"996\" ind1=\" \" ind2=\" \"><subfield code=\"b\">{r.Yes}</subfield><subfield code=\"c\">{r.No}</subfield><subfield code=\"d\">{r.Abstain}</subfield><subfield code=\"e\">{r.NonVoting}</subfield><subfield code=\"f\">{r.Votes.Count}</subfield></datafield>\n");
        var order = 1;
        foreach (var (code, name, vote) in r.Votes)
        {
            x.Append(CultureInfo.InvariantCulture, $"  <datafield tag=\"967\" ind1=\" \" ind2=\" \"><subfield code=\"a\">{order++:D3}</subfield><subfield code=\"c\">{code}</subfield>");
            if (vote.Length > 0) x.Append(CultureInfo.InvariantCulture, $"<subfield code=\"d\">{vote}</subfield>");
            x.Append(CultureInfo.InvariantCulture, $"<subfield code=\"e\">{E(name)}</subfield></datafield>\n");
        }
        x.Append("</record>\n");
        return x.ToString();
    }

    /// <summary>The bundled UN Digital Library rows (data/undl) turned back into records, non-voting members without $d.</summary>
    public static List<LibraryRecord> Bundled()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "undl", "ga_votes_2021-12_2025-08.csv.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        using var reader = Sep.Reader().From(text);
        var byId = new Dictionary<long, (string[] Head, List<(string, string, string)> Votes)>();
        foreach (var row in reader)
        {
            var id = long.Parse(row["undl_id"].Span, CultureInfo.InvariantCulture);
            if (!byId.TryGetValue(id, out var entry))
            {
                byId[id] = entry = ([row["date"].ToString(), row["resolution"].ToString(), row["session"].ToString(), row["title"].ToString(),
                    row["total_yes"].ToString(), row["total_no"].ToString(), row["total_abstentions"].ToString(), row["total_non_voting"].ToString()], []);
            }
            var vote = row["ms_vote"].ToString();
            entry.Votes.Add((row["ms_code"].ToString(), row["ms_name"].ToString(), vote == "X" ? "" : vote));
        }
        static int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);
        return [.. byId.Select(kv => new LibraryRecord(kv.Key, kv.Value.Head[0], kv.Value.Head[1],
            kv.Value.Head[2].StartsWith("ES-", StringComparison.Ordinal) ? kv.Value.Head[2][3..] + "emsp" : kv.Value.Head[2],
            kv.Value.Head[3], I(kv.Value.Head[4]), I(kv.Value.Head[5]), I(kv.Value.Head[6]), I(kv.Value.Head[7]), kv.Value.Votes))];
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
