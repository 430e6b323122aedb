using Microsoft.AspNetCore.Http.HttpResults;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;

namespace Multivector.Web.Api;

/// <summary>/api/pairs/{a}/{b}: two states' agreement under every published measure, overall or per period.</summary>
internal static class PairsApi
{
    public static void MapPairsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pairs/{a}/{b}", Pair).WithTags("Pairs")
            .WithSummary("Agreement between two states under every measure (identical, Voeten, the State Department's two, S, kappa, pi), with bootstrap intervals.");
    }

    internal static Ok<AgreementReport> Pair(StoreHost host, string a, string b, string? by, string? years, string? sessions, string? issues,
        bool? important, bool? contested, bool? noAmendments, int? replicates, double? level, int? seed) =>
        TypedResults.Ok(host.Cached($"pair|{a}|{b}|{by}|{years}|{sessions}|{issues}|{important}|{contested}|{noAmendments}|{replicates}|{level}|{seed}", s =>
        {
            var first = Parameters.State(s, "a", a);
            var second = Parameters.State(s, "b", b);
            var period = Parameters.Parse("by", by, (string? t, out PeriodKind p, out string? e) => Input.TryPeriod(t, Defaults.AgreementBy, out p, out e));
            return s.Agreement(first, second, Parameters.Selection(years, sessions, issues, important, contested, noAmendments), period, Parameters.Uncertainty(replicates, level, seed));
        }));
}
