using Microsoft.AspNetCore.Http.HttpResults;
using Multivector.Model;
using Multivector.Registry;
using Multivector.Reports;

namespace Multivector.Web.Api;

/// <summary>/api/timeline: summits, formats and treaty events with their signatories.</summary>
internal static class TimelineApi
{
    public static void MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/timeline", Timeline).WithTags("Ties")
            .WithSummary("Summits, signatures and ratifications, filtered by state, format (C5+1, china) and dates (YYYY, YYYY-MM or YYYY-MM-DD).");
        app.MapGet("/api/formats", (StoreHost host) => TypedResults.Ok(host.Use(s => s.Formats))).WithTags("Ties")
            .WithSummary("The summit formats the registry knows.");
    }

    internal static Ok<TimelineReport> Timeline(StoreHost host, string? state, string? format, string? from, string? to, bool? newest) =>
        TypedResults.Ok(host.Cached($"timeline|{state}|{format}|{from}|{to}|{newest}", s => s.Timeline(Query(s, state, format, from, to, newest))));

    internal static TimelineQuery Query(MultivectorStore s, string? state, string? format, string? from, string? to, bool? newest) => new()
    {
        State = string.IsNullOrWhiteSpace(state) ? null : Parameters.State(s, "state", state),
        Format = string.IsNullOrWhiteSpace(format) ? null : s.ResolveFormat(Parameters.Bounded("format", format)!),
        From = Parameters.Parse<PartialDate?>("from", from, Input.TryPartialDate)?.Start,
        To = Parameters.Parse<PartialDate?>("to", to, Input.TryPartialDate)?.End,
        NewestFirst = newest ?? false,
    };
}
