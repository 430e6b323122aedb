using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
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
        if (empty || _db.Scalar<long>("DocumentCount") > 0) return false;
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
    public TextImportResult ImportTexts(TextFormat format, string path, string? corpus = null, int maxChars = DocumentReaders.DefaultMaxChars)
    {
        var result = ImportTextsUnpublished(format, path, corpus, maxChars);
        if (result.DocumentsAdded > 0) _db.Publish();
        return result;
    }

    private TextImportResult ImportTextsUnpublished(TextFormat format, string path, string? corpus, int maxChars = DocumentReaders.DefaultMaxChars)
    {
        if (ReadOnly) throw new MultivectorException("This store is open read-only; imports need a writable store.", ErrorKind.BadRequest);
        corpus ??= CorpusName(path);
        if (!Directory.Exists(path)) StoreFile.CheckInput(path);
        var documents = DocumentReaders.Read(format, path, corpus, maxChars);
        var segments = documents.Select(d => (d.Id, Paragraphs: Segmenter.Paragraphs(d.Text), Clauses: Segmenter.Clauses(d.Text))).ToList();
        _db.Execute("TextStagingCreate");
        try
        {
            using (var appender = _db.Connection.CreateAppender("incoming_documents"))
            {
                foreach (var d in documents)
                {
                    appender.CreateRow().AppendValue(d.Id).AppendValue((DateOnly?)d.Date).AppendValue(d.Title).AppendValue(string.Join('|', d.Issuers))
                        .AppendValue(d.Format).AppendValue(d.Language).AppendValue(d.SourceUrl).AppendValue(d.Licence).AppendValue(d.Corpus)
                        .AppendValue(d.Text).AppendValue(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text)))).EndRow();
                }
            }
            using (var appender = _db.Connection.CreateAppender("incoming_segments"))
            {
                foreach (var (id, paragraphs, clauses) in segments)
                {
                    foreach (var s in paragraphs.Concat(clauses))
                    {
                        appender.CreateRow().AppendValue(id).AppendValue(s.Kind.ToString().ToLowerInvariant()).AppendValue(s.Ordinal)
                            .AppendValue(s.Start).AppendValue(s.Length).AppendValue(s.Paragraph).EndRow();
                    }
                }
            }
            long added, matched, clashes;
            string? firstClash;
            using (var command = _db.Command("TextImportCounts"))
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (added, matched, clashes) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
                firstClash = reader.IsDBNull(3) ? null : reader.GetString(3);
            }
            if (clashes > 0)
                throw new ImportException(path, null, $"{clashes} document(s), first '{firstClash}', are already stored under the same identifier with a different text: expected new identifiers or the same texts. Nothing was imported.");
            int? importId = null;
            var segmentsAdded = 0;
            if (added > 0)
            {
                segmentsAdded = (int)_db.Scalar<long>("TextImportNewSegments");
                using var transaction = _db.Connection.BeginTransaction();
                importId = _db.Scalar<int>("TextImportRecord", ("format", format == TextFormat.Folder ? "folder" : "json-lines"), ("corpus", corpus),
                    ("path", System.IO.Path.GetFileName(path.TrimEnd('/', '\\'))), ("imported_at", DateTime.UtcNow), ("added", (int)added), ("matched", (int)matched));
                _db.Execute("TextImportApply", ("import_id", importId));
                transaction.Commit();
            }
            return new TextImportResult(format == TextFormat.Folder ? "folder" : "json-lines", path, corpus, documents.Count, (int)added, (int)matched, segmentsAdded, importId);
        }
        catch (DuckDBException e)
        {
            throw new MultivectorException($"The store refused the import of {System.IO.Path.GetFileName(path)} and was left as it was: {e.Message}", e);
        }
        finally
        {
            _db.Execute("TextStagingDrop");
        }
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
        var candidates = new List<string>();
        using (var command = _db.Command("DocumentFind", ("text", id)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) candidates.Add(reader.GetString(0));
        }
        return candidates.Count switch
        {
            1 => LoadDocument(candidates[0])!,
            0 => throw MultivectorException.NotFound($"No document '{id}' in the store: expected the identifier of a stored document, or an unambiguous prefix of one."),
            _ => throw MultivectorException.BadRequest($"'{id}' matches {candidates.Count} documents ({string.Join(", ", candidates.Take(5))}{(candidates.Count > 5 ? ", ..." : "")}): expected one identifier."),
        };
    }

    /// <summary>Stored documents, newest first, filtered by title words, an issuer (state code or group) and a format.</summary>
    public IReadOnlyList<DocumentSummary> Documents(string? words = null, string? issuer = null, string? format = null, int limit = 50)
    {
        RequireTexts();
        var list = new List<DocumentSummary>();
        using var command = _db.Command("DocumentList", ("words", words), ("issuer", issuer), ("format", format), ("limit", limit));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new DocumentSummary(reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2),
                reader.GetString(3).Split('|', StringSplitOptions.RemoveEmptyEntries), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return list;
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

    /// <summary>Earlier documents in the store that <paramref name="id"/> reuses text from, with passages and offsets on both sides.</summary>
    public ReuseReport Reuse(string id)
    {
        var target = Document(id);
        var corpus = new List<ReuseText>();
        using (var command = _db.Command("DocumentsAll"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) corpus.Add(new ReuseText(reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2)));
        }
        return TextAnalysis.Reuse(target, corpus, Document);
    }

    /// <summary>Topics of every clause of a statement, by keywords and (with <paramref name="semantic"/>) embedding similarity.</summary>
    public TopicReport Topics(string id, bool semantic = true)
    {
        if (semantic) UseEmbeddingCache();
        return TextAnalysis.Topics(Document(id), semantic);
    }

    /// <summary>Clause vectors are kept beside a file store (&lt;store&gt;.minilm), so embedding is paid once per clause.</summary>
    private void UseEmbeddingCache()
    {
        if (Path != ":memory:") Embeddings.UseCacheFile(Path + ".minilm");
    }

    private void RequireTexts()
    {
        if (_db.Scalar<long>("TextsPresent") == 0)
            throw new MultivectorException($"The store {Path} was built before statements were added. Open it for writing once (any import): that adds the tables and the bundled statements.");
    }

    private Document? LoadDocument(string id)
    {
        using var command = _db.Command("DocumentGet", ("id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new Document(reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2),
            reader.GetString(3).Split('|', StringSplitOptions.RemoveEmptyEntries), Text(4), Text(5), Text(6), Text(7), reader.GetString(8), reader.GetString(9));
    }

    private static string CorpusName(string path)
    {
        var name = System.IO.Path.GetFileName(path.TrimEnd('/', '\\'));
        foreach (var ext in new[] { ".gz", ".jsonl", ".json", ".txt", ".md" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) name = name[..^ext.Length];
        return name.Length == 0 ? "texts" : name;
    }
}
