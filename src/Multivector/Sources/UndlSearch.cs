using System.Globalization;
using System.Net;
using Multivector.Store;

namespace Multivector.Sources;

/// <summary>How `update` asks the UN Digital Library for voting records.</summary>
public sealed record UpdateOptions
{
    public const string DefaultLibraryAddress = "https://digitallibrary.un.org/";
    public const int DefaultPageSize = 50;
    public const double DefaultDelaySeconds = 1.0;
    public const int DefaultAttempts = 5;

    public static Uri DefaultLibrary { get; } = new(DefaultLibraryAddress);

    /// <summary>The library's address; tests point it at a loopback server.</summary>
    public Uri Library { get; init; } = DefaultLibrary;
    /// <summary>First and last date of vote to fetch. Default: from the newest roll call held to today.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Records per page (the search's rg).</summary>
    public int PageSize { get; init; } = DefaultPageSize;
    /// <summary>Pause between requests, to be polite to the library.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(DefaultDelaySeconds);
    /// <summary>Tries per page on a timeout, a 5xx answer or a cut-off body, waiting Delay × 2^n between them.</summary>
    public int Attempts { get; init; } = DefaultAttempts;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>List what would be added, and add nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>A pause given in seconds; refuses what is not a finite number.</summary>
    public static TimeSpan DelayOf(double seconds) =>
        double.IsFinite(seconds) && Math.Abs(seconds) <= 1e6 ? TimeSpan.FromSeconds(seconds) : throw MultivectorException.BadRequest($"Delay {seconds}: expected a number of seconds.");

    public UpdateOptions Validate()
    {
        if (PageSize is < 1 or > 500) throw MultivectorException.BadRequest($"Page size {PageSize}: expected 1 to 500 records.");
        if (Delay < TimeSpan.Zero || Delay > TimeSpan.FromMinutes(5)) throw MultivectorException.BadRequest($"Delay {Delay.TotalSeconds} s: expected 0 to 300 seconds.");
        if (Attempts is < 1 or > 20) throw MultivectorException.BadRequest($"Attempts {Attempts}: expected 1 to 20.");
        if (From is DateOnly f && To is DateOnly t && t < f) throw MultivectorException.BadRequest($"The range {f:yyyy-MM-dd} to {t:yyyy-MM-dd} ends before it starts.");
        if (Library.Scheme is not ("http" or "https")) throw MultivectorException.BadRequest($"Library address {Library}: expected an http or https URL.");
        return this;
    }
}

/// <summary>
/// Pages through the library's "Voting Data" search answered as MARCXML (docs/importers.md, "update"), saving
/// each page in a download folder. A page already saved whole is not fetched again, so an interrupted update
/// resumes where it stopped. The query form (a date range on field 269) follows the library's Invenio search
/// syntax; it could not be checked against the live site from here.
/// </summary>
internal sealed class UndlSearch(HttpClient http, UpdateOptions options)
{
    public static string Query(DateOnly from, DateOnly to) =>
        $"269__a:{from:yyyy-MM-dd}->{to:yyyy-MM-dd}";

    public Uri PageAddress(DateOnly from, DateOnly to, int first) =>
        new(options.Library, "search?cc=Voting%20Data&ln=en&p=" + Uri.EscapeDataString(Query(from, to))
            + $"&f=&rg={options.PageSize.ToString(CultureInfo.InvariantCulture)}&jrec={first.ToString(CultureInfo.InvariantCulture)}&of=xm");

    /// <summary>Fetches every page of the range into <paramref name="folder"/>; returns how many records they hold.</summary>
    public async Task<int> DownloadAsync(DateOnly from, DateOnly to, string folder, IProgress<double>? progress, CancellationToken cancel)
    {
        Directory.CreateDirectory(folder);
        var records = 0;
        int? total = null;
        for (var first = 1; ; first += options.PageSize)
        {
            var file = Path.Combine(folder, $"page-{first:D7}.xml");
            int count;
            if (File.Exists(file))
            {
                var saved = await File.ReadAllTextAsync(file, cancel).ConfigureAwait(false);
                total ??= MarcXmlReader.TotalHits(saved);
                count = MarcXmlReader.Records(file).Count;
            }
            else
            {
                if (first > 1) await Task.Delay(options.Delay, cancel).ConfigureAwait(false);
                string text;
                (text, count) = await FetchAsync(PageAddress(from, to, first), cancel).ConfigureAwait(false);
                total ??= MarcXmlReader.TotalHits(text);
                var partial = file + ".part";
                await File.WriteAllTextAsync(partial, text, cancel).ConfigureAwait(false);
                File.Move(partial, file, overwrite: true);
            }
            records += count;
            if (total is int t && t > 0) progress?.Report(Math.Min(1, (double)records / t));
            if (count < options.PageSize) break;
        }
        progress?.Report(1);
        return records;
    }

    /// <summary>One page and its number of records, retried with backoff on timeouts, 5xx answers and bodies that are not whole XML.</summary>
    private async Task<(string Body, int Records)> FetchAsync(Uri address, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            string? problem;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(options.Timeout);
                using var response = await http.GetAsync(address, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 400 and < 500)
                {
                    throw new MultivectorException($"The UN Digital Library answered {status} ({response.ReasonPhrase}) for {address}: the request itself was refused, so it is not retried. Check the address and the date range.",
                        response.StatusCode == HttpStatusCode.NotFound ? ErrorKind.NotFound : ErrorKind.BadRequest);
                }
                if (status >= 500)
                {
                    problem = $"answered {status} ({response.ReasonPhrase})";
                }
                else
                {
                    var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                    if (RecordsIn(body) is int records) return (body, records);
                    problem = "sent a body that is not a whole MARCXML answer (cut short?)";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !cancel.IsCancellationRequested)
            {
                problem = e is TaskCanceledException ? $"did not answer within {options.Timeout.TotalSeconds:N0} s" : $"could not be reached ({e.Message})";
            }
            if (attempt >= options.Attempts)
                throw new MultivectorException($"The UN Digital Library {problem} for {address}, {attempt} times: giving up. The pages fetched so far are kept, so running update again resumes.", ErrorKind.Busy);
            await Task.Delay(options.Delay * Math.Pow(2, attempt - 1), cancel).ConfigureAwait(false);
        }
    }

    /// <summary>How many records a whole MARCXML answer holds; null for a body that is not one.</summary>
    private static int? RecordsIn(string body)
    {
        try
        {
            var root = System.Xml.Linq.XDocument.Parse(body).Root;
            return root?.Name.LocalName == "collection" ? root.Elements().Count(e => e.Name.LocalName == "record") : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
