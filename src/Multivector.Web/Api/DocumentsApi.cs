using Microsoft.AspNetCore.Http.HttpResults;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Texts;

namespace Multivector.Web.Api;

/// <summary>/api/documents and /api/compare: stored statements, one whole, its reuse, and core against spin across several.</summary>
internal static class DocumentsApi
{
    /// <summary>Most documents one comparison takes: the clause matching grows with the square of the count.</summary>
    public const int MaxCompared = 6;

    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Statements");
        group.MapGet("/documents", (StoreHost host, string? words, string? issuer, string? format, int? limit) =>
                TypedResults.Ok(host.Use(s => s.Documents(Parameters.Bounded("words", words), Parameters.Bounded("issuer", issuer), Parameters.Bounded("format", format), Limit(limit)))))
            .WithSummary("Stored statements, newest first, filtered by title words, an issuer and a format.");
        group.MapGet("/documents/{id}", (StoreHost host, string id) => TypedResults.Ok(host.Use(s => s.Document(Parameters.Bounded("id", id)!))))
            .WithSummary("One statement with its whole text.");
        group.MapGet("/documents/{id}/reuse", (StoreHost host, string id) => TypedResults.Ok(host.Cached($"reuse|{id}", s => s.Reuse(Parameters.Bounded("id", id)!))))
            .WithSummary("Earlier statements this one reuses text from, with passages and offsets on both sides.");
        group.MapGet("/compare", Compare)
            .WithSummary("Core, partial and spin clauses across two to six statements (docs=a,b,c); semantic=true adds the sentence model.");
    }

    internal static Ok<CompareReport> Compare(StoreHost host, string? docs, bool? semantic) =>
        TypedResults.Ok(host.Cached($"compare|{docs}|{semantic}", s => s.Compare(Ids(docs), semantic ?? false)));

    internal static IReadOnlyList<string> Ids(string? docs)
    {
        var ids = (Parameters.Bounded("docs", docs) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ids.Length is >= 2 and <= MaxCompared ? ids : throw Parameters.Bad($"Parameter 'docs' names {ids.Length} document(s): expected 2 to {MaxCompared}, separated by commas.");
    }

    private static int Limit(int? limit) =>
        limit is null ? Defaults.DocumentLimit : limit is >= 1 and <= 1000 ? limit.Value : throw Parameters.Bad($"Parameter 'limit' is {limit}: expected 1 to 1000.");
}
