using Microsoft.AspNetCore.Http.HttpResults;
using Multivector.Model;
using Multivector.Reports;

namespace Multivector.Web.Api;

/// <summary>/api/votes: roll calls by symbol, session label (ES-11) or words, with the tally and the chosen states' votes.</summary>
internal static class VotesApi
{
    public static void MapVotesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/votes", Votes).WithTags("Votes")
            .WithSummary("Search roll calls: q is a symbol (A/RES/68/262), a session label (ES-11) or words; states default to the C5 and USA, RUS, CHN.");
    }

    internal static Ok<KeyVoteReport> Votes(StoreHost host, string? q, string? states, string? issue, string? from, string? to, int? session, bool? important, int? limit) =>
        TypedResults.Ok(host.Cached($"votes|{q}|{states}|{issue}|{from}|{to}|{session}|{important}|{limit}", s => s.FindVotes(Query(s, q, states, issue, from, to, session, important, limit))));

    internal static VoteQuery Query(MultivectorStore s, string? q, string? states, string? issue, string? from, string? to, int? session, bool? important, int? limit) =>
        VoteQuery.ForSearch(Parameters.Bounded("q", q)) with
        {
            Issue = string.IsNullOrWhiteSpace(issue) ? null : Parameters.Parse<IReadOnlyList<Issue>>("issue", issue, Input.TryIssues) is [var one] ? one : throw Parameters.Bad("Parameter 'issue': expected one issue code."),
            From = Parameters.Parse<DateOnly?>("from", from, Input.TryDate),
            To = Parameters.Parse<DateOnly?>("to", to, Input.TryDate),
            Session = session,
            ImportantOnly = important ?? false,
            Limit = limit ?? Defaults.VoteLimit,
            States = s.ResolveStates(Parameters.Bounded("states", states), Defaults.VoteStates),
        };
}
