using Multivector.Sources;
using Multivector.Store;

namespace Multivector;

public sealed partial class MultivectorStore
{
    /// <summary>
    /// Fetches voting records from the UN Digital Library (MARCXML, page by page, politely and with retries) and
    /// imports them all at once: from the newest roll call held unless a range is given. Pages are kept in
    /// &lt;store&gt;.update/ until the import has succeeded, so an interrupted update resumes without fetching
    /// them again, and rerunning adds nothing twice (records are matched by their id). Records that fail their
    /// checks are skipped and listed in the result.
    /// </summary>
    public UpdateResult Update(UpdateOptions? options = null, HttpClient? http = null, IProgress<StoreProgress>? progress = null)
    {
        var o = (options ?? new UpdateOptions()).Validate();
        if (ReadOnly) throw new MultivectorException("This store is open read-only; an update needs a writable store.", ErrorKind.BadRequest);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = o.From ?? Summary().LastDate ?? Fields.FirstPossibleVote;
        var to = o.To ?? today;
        var folder = System.IO.Path.Combine(Path == ":memory:" ? System.IO.Path.GetTempPath() : Path + ".update", $"{from:yyyyMMdd}-{to:yyyyMMdd}-{o.PageSize}");
        using var owned = http is null ? new HttpClient() : null;
        var client = http ?? owned!;
        client.DefaultRequestHeaders.UserAgent.TryParseAdd("Multivector/1.0 (+https://github.com/; UN voting research)");
        var downloading = progress is null ? null : new Progress<double>(f => progress.Report(new StoreProgress("fetching records", f)));
        var fetched = new UndlSearch(client, o).DownloadAsync(from, to, folder, downloading, CancellationToken.None).GetAwaiter().GetResult();
        Faults.At("downloaded");
        var version = $"UN Digital Library search, votes {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, fetched {DateTime.UtcNow:yyyy-MM-dd}";
        var import = fetched == 0
            ? new ImportResult("undl-marcxml", [], 0, 0, 0, 0, 0, null)
            : ImportUnpublished(ImportFormat.UndlMarcXml, folder, version, progress, o.DryRun);
        if (!o.DryRun)
        {
            Meta.Set(_db, "last_update", $"{DateTime.UtcNow:O} {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
            _db.Publish();
            Directory.Delete(folder, recursive: true);
            var parent = System.IO.Path.GetDirectoryName(folder)!;
            if (Path != ":memory:" && !Directory.EnumerateFileSystemEntries(parent).Any()) Directory.Delete(parent);
        }
        return new UpdateResult(from, to, fetched, import);
    }
}

/// <summary>What an update fetched and what its import did (or, in a dry run, would do).</summary>
public sealed record UpdateResult(DateOnly From, DateOnly To, int RecordsFetched, ImportResult Import);
