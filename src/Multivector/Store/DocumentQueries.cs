using System.Security.Cryptography;
using System.Text;
using Multivector.Reports;
using Multivector.Sources;
using Multivector.Texts;

namespace Multivector.Store;

/// <summary>Statements in the store: present, listed, found, read whole, and imported through staging.</summary>
internal static class DocumentQueries
{
    /// <summary>Stores built before statements existed lack the tables until they are opened for writing once.</summary>
    public static bool Present(Database db) => db.Scalar<long>("TextsPresent") > 0;

    public static long Count(Database db) => db.Scalar<long>("DocumentCount");

    /// <summary>Identifiers that contain <paramref name="text"/>.</summary>
    public static List<string> Find(Database db, string text)
    {
        var candidates = new List<string>();
        using var command = db.Command("DocumentFind", ("text", text));
        using var reader = command.ExecuteReader();
        while (reader.Read()) candidates.Add(reader.GetString(0));
        return candidates;
    }

    public static Document? Get(Database db, string id)
    {
        using var command = db.Command("DocumentGet", ("id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new Document(reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2),
            reader.GetString(3).Split('|', StringSplitOptions.RemoveEmptyEntries), Text(4), Text(5), Text(6), Text(7), reader.GetString(8), reader.GetString(9))
        {
            Place = Text(10),
            Completeness = Text(11),
            RetrievedAt = reader.IsDBNull(12) ? null : DateTime.SpecifyKind(reader.GetDateTime(12), DateTimeKind.Utc),
        };
    }

    public static List<DocumentSummary> List(Database db, string? words, string? issuer, string? format, int limit)
    {
        var list = new List<DocumentSummary>();
        using var command = db.Command("DocumentList", ("words", words), ("issuer", issuer), ("format", format), ("limit", limit));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new DocumentSummary(reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2),
                reader.GetString(3).Split('|', StringSplitOptions.RemoveEmptyEntries), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7))
            {
                Language = reader.IsDBNull(10) ? null : reader.GetString(10),
                Completeness = reader.IsDBNull(11) ? null : reader.GetString(11),
            });
        }
        return list;
    }

    /// <summary>Every stored text with its date, for reuse detection.</summary>
    public static List<ReuseText> All(Database db)
    {
        var corpus = new List<ReuseText>();
        using var command = db.Command("DocumentsAll");
        using var reader = command.ExecuteReader();
        while (reader.Read()) corpus.Add(new ReuseText(reader.GetString(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2)));
        return corpus;
    }

    /// <summary>
    /// Adds documents the store lacks, with their segments, in one transaction. A document stored under the same
    /// identifier with a different text stops the import; one with the same text is matched.
    /// </summary>
    public static TextImportResult Import(Database db, TextFormat format, string path, string corpus, IReadOnlyList<Document> documents) =>
        Staging.Run(db, "TextStaging", path, () =>
        {
            Staging.Append(db, "incoming_documents", documents, (row, d) => row
                .AppendValue(d.Id).AppendValue((DateOnly?)d.Date).AppendValue(d.Title).AppendValue(string.Join('|', d.Issuers))
                .AppendValue(d.Format).AppendValue(d.Language).AppendValue(d.SourceUrl).AppendValue(d.Licence).AppendValue(d.Corpus)
                .AppendValue(d.Text).AppendValue(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text))))
                .AppendValue(d.Place).AppendValue(d.Completeness).AppendValue(d.RetrievedAt));
            var segments = documents.SelectMany(d => Segmenter.Paragraphs(d.Text).Concat(Segmenter.Clauses(d.Text)).Select(s => (d.Id, Segment: s)));
            Staging.Append(db, "incoming_segments", segments, (row, x) => row
                .AppendValue(x.Id).AppendValue(x.Segment.Kind.ToString().ToLowerInvariant()).AppendValue(x.Segment.Ordinal)
                .AppendValue(x.Segment.Start).AppendValue(x.Segment.Length).AppendValue(x.Segment.Paragraph));
            long added, matched, clashes;
            string? firstClash;
            using (var command = db.Command("TextImportCounts"))
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (added, matched, clashes) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
                firstClash = reader.IsDBNull(3) ? null : reader.GetString(3);
            }
            if (clashes > 0)
                throw new ImportException(path, null, $"{clashes} document(s), first '{firstClash}', are already stored under the same identifier with a different text: expected new identifiers or the same texts. Nothing was imported.");
            var formatName = format switch { TextFormat.Folder => "folder", TextFormat.Web => "web", _ => "json-lines" };
            int? importId = null;
            var segmentsAdded = 0;
            if (added > 0)
            {
                segmentsAdded = (int)db.Scalar<long>("TextImportNewSegments");
                importId = Staging.Commit(db, () =>
                {
                    var id = db.Scalar<int>("TextImportRecord", ("format", formatName), ("corpus", corpus),
                        ("path", Path.GetFileName(path.TrimEnd('/', '\\'))), ("imported_at", DateTime.UtcNow), ("added", (int)added), ("matched", (int)matched));
                    db.Execute("TextImportApply", ("import_id", id));
                    return id;
                });
            }
            return new TextImportResult(formatName, path, corpus, documents.Count, (int)added, (int)matched, segmentsAdded, importId);
        });
}
