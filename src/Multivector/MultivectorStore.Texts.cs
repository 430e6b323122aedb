using Multivector.Model;
using Multivector.Reports;
using Multivector.Sources;
using Multivector.Store;
using Multivector.Texts;

namespace Multivector;

public sealed partial class MultivectorStore
{
    /// <summary>The bundled statements: four C5+1 texts and the US joint-statement corpus (data/statements/).</summary>
    public static string BundledStatements => System.IO.Path.Combine(Bundle.Folder, "statements");

    private bool InitialiseTexts(bool empty)
    {
        if (empty || DocumentQueries.Count(_db) > 0) return false;
        ImportTextsUnpublished(TextFormat.Folder, System.IO.Path.Combine(BundledStatements, "c5plus1"), "c5plus1");
        ImportTextsUnpublished(TextFormat.JsonLines, System.IO.Path.Combine(BundledStatements, "us-joint-statements.jsonl.gz"), "us-joint-statements");
        return true;
    }

    /// <summary>
    /// Imports statements: a folder (or one file) of .txt/.md files with a metadata header, or a JSON-Lines
    /// corpus. Everything is read, checked and segmented first; then new documents and their segments are
    /// added in one transaction. A document already stored with the same text is matched; one stored under
    /// the same identifier with a different text stops the import. Nothing is written on any error.
    /// </summary>
    /// <remarks>
    /// Issuers come from an ISSUERS line of codes, or a PARTIES line of names; the format from a FORMAT line, or
    /// from the parties (the five Central Asian states and India make C5+India); <paramref name="statementFormat"/>
    /// overrides both for every document imported.
    /// </remarks>
    public TextImportResult ImportTexts(TextFormat format, string path, string? corpus = null, int maxChars = DocumentReaders.DefaultMaxChars, string? statementFormat = null)
    {
        var result = ImportTextsUnpublished(format, path, corpus, maxChars, statementFormat);
        if (result.DocumentsAdded > 0) _db.Publish();
        return result;
    }

    private TextImportResult ImportTextsUnpublished(TextFormat format, string path, string? corpus, int maxChars = DocumentReaders.DefaultMaxChars, string? statementFormat = null)
    {
        if (ReadOnly) throw new MultivectorException("This store is open read-only; imports need a writable store.", ErrorKind.BadRequest);
        if (statementFormat is not null && string.IsNullOrWhiteSpace(statementFormat)) throw MultivectorException.BadRequest("An empty statement format: expected a name such as C5+India, or none.");
        corpus ??= CorpusName(path);
        if (!Directory.Exists(path)) StoreFile.CheckInput(path);
        var (documents, skipped) = DocumentReaders.Read(format, path, corpus, maxChars, States);
        if (statementFormat is not null) documents = [.. documents.Select(d => d with { Format = statementFormat.Trim() })];
        return DocumentQueries.Import(_db, format, path, corpus, documents) with { Skipped = skipped };
    }

    /// <summary>
    /// A stored document by identifier. An unknown identifier that is part of exactly one stored identifier
    /// resolves to it ("c5plus1-samarkand"); otherwise the error lists the near candidates.
    /// </summary>
    public Document Document(string id)
    {
        RequireTexts();
        var found = LoadDocument(id);
        if (found is not null) return found;
        var candidates = DocumentQueries.Find(_db, id);
        return candidates.Count switch
        {
            1 => LoadDocument(candidates[0])!,
            0 => throw MultivectorException.NotFound($"No document '{id}' in the store: expected the identifier of a stored document, or an unambiguous prefix of one."),
            _ => throw MultivectorException.BadRequest($"'{id}' matches {candidates.Count} documents ({string.Join(", ", candidates.Take(5))}{(candidates.Count > 5 ? ", ..." : "")}): expected one identifier."),
        };
    }

    /// <summary>Stored documents, newest first, filtered by title words, an issuer (state code or group) and a format.</summary>
    public IReadOnlyList<DocumentSummary> Documents(string? words = null, string? issuer = null, string? format = null, int limit = Defaults.DocumentLimit)
    {
        RequireTexts();
        return DocumentQueries.List(_db, words, issuer, format, limit);
    }

    /// <summary>
    /// Core, partial and spin for every clause of two or more statements (see docs/methodology.md, "Statements").
    /// Without <paramref name="semantic"/> only lexical matching is used, which needs no model.
    /// </summary>
    public CompareReport Compare(IReadOnlyList<string> ids, bool semantic = true, AlignmentThresholds? thresholds = null)
    {
        var documents = ids.Select(Document).ToList();
        var duplicate = documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw MultivectorException.BadRequest($"Document {duplicate.Key} is named twice: expected different documents.");
        if (semantic) UseEmbeddingCache();
        return TextAnalysis.Compare(documents, semantic, thresholds ?? AlignmentThresholds.Default);
    }

    /// <summary>
    /// Downloads a statement's web page, extracts its main text (SmartReader) and stores it with its final URL,
    /// retrieval time, detected language and the text's checksum, all at once like any import. The date comes
    /// from <paramref name="date"/>, else from the page's publication date; the identifier is the date, the
    /// host and the start of the URL's SHA-256, unless <paramref name="id"/> names one. Nothing is written when
    /// the page cannot be fetched, has no main text, or is larger than the limit.
    /// </summary>
    public TextImportResult FetchText(Uri url, string? statementFormat = null, DateOnly? date = null, IReadOnlyList<StateCode>? issuers = null, string? id = null, HttpClient? client = null)
    {
        if (ReadOnly) throw new MultivectorException("This store is open read-only; fetching a statement needs a writable store.", ErrorKind.BadRequest);
        if (id is not null && !Texts.Document.IsValidId(id)) throw MultivectorException.BadRequest($"'{id}' cannot be an identifier: expected letters, digits and . _ + - only.");
        foreach (var s in issuers ?? []) State(s);
        var own = client is null ? WebPages.Client() : null;
        try
        {
            var page = WebPages.Fetch(client ?? own!, url);
            var day = date ?? page.Published
                ?? throw new ImportException(url.ToString(), null, "the page gives no publication date: expected a date for the statement (give one).");
            var urlHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(page.Url.ToString())))[..8];
            var documentId = id ?? $"{day:yyyy-MM-dd}_{page.Url.Host.Replace('.', '-')}-{urlHash}";
            var document = new Texts.Document(documentId, day, page.Title, [.. (issuers ?? []).Select(s => s.Value)], statementFormat?.Trim(), page.Language,
                page.Url.ToString(), null, "web", page.Text)
            { RetrievedAt = page.RetrievedAt };
            var result = DocumentQueries.Import(_db, TextFormat.Web, url.ToString(), "web", [document]);
            if (result.DocumentsAdded > 0) _db.Publish();
            return result;
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>
    /// Framing markers (world order, praise of a partner's system, security, sovereignty) and transport corridors
    /// in each statement, with offsets, quoted spans and counts per 1,000 words (docs/framing.md).
    /// </summary>
    public FramingReport Framing(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) throw MultivectorException.BadRequest("Framing needs one or more documents.");
        return TextAnalysis.Framing([.. ids.Select(Document)]);
    }

    /// <summary>Earlier documents in the store that <paramref name="id"/> reuses text from, with passages and offsets on both sides.</summary>
    public ReuseReport Reuse(string id)
    {
        var target = Document(id);
        var corpus = DocumentQueries.All(_db);
        return TextAnalysis.Reuse(target, corpus, Document);
    }

    /// <summary>Topics of every clause of a statement, by keywords and (with <paramref name="semantic"/>) embedding similarity.</summary>
    public TopicReport Topics(string id, bool semantic = true)
    {
        if (semantic) UseEmbeddingCache();
        return TextAnalysis.Topics(Document(id), semantic);
    }

    /// <summary>
    /// Clause vectors are kept in the user's cache folder, so embedding is paid once per clause and a read-only
    /// store is never written beside.
    /// </summary>
    private static void UseEmbeddingCache() => Embeddings.UseCacheFile(Embeddings.UserCacheFile);

    private void RequireTexts()
    {
        if (!DocumentQueries.Present(_db))
            throw new MultivectorException($"The store {Path} was built before statements (or their place and completeness) were added. Open it for writing once (any import): that adds the tables, the columns and the bundled statements.");
    }

    private Document? LoadDocument(string id) => DocumentQueries.Get(_db, id);

    private static string CorpusName(string path)
    {
        var name = System.IO.Path.GetFileName(path.TrimEnd('/', '\\'));
        foreach (var ext in new[] { ".gz", ".jsonl", ".json", ".txt", ".md" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) name = name[..^ext.Length];
        return name.Length == 0 ? "texts" : name;
    }
}
