using Microsoft.AspNetCore.Http.HttpResults;

namespace Multivector.Web.Api;

/// <summary>/api/sources: where the data came from, with versions, import times and the last update.</summary>
internal static class SourcesApi
{
    public static void MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", (StoreHost host) => TypedResults.Ok(host.Cached("provenance", s => s.Provenance()))).WithTags("Data")
            .WithSummary("Each vote source's coverage, every import of votes, statements and ties with version and time, and when `update` last ran.");
    }
}
