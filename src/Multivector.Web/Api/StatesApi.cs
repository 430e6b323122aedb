using Microsoft.AspNetCore.Http.HttpResults;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;

namespace Multivector.Web.Api;

/// <summary>/api/states: the states, one state's multi-partner profile, its money-and-people ties and its ideal points.</summary>
internal static class StatesApi
{
    public static void MapStatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/states").WithTags("States");
        group.MapGet("/", (StoreHost host) => TypedResults.Ok(host.Use(s => s.AllStates)))
            .WithSummary("Every state the store knows, with its UN membership periods.");
        group.MapGet("/{code}/profile", Profile)
            .WithSummary("Agreement with each partner per period, raw and relative to the assembly baseline, with bootstrap intervals and a balance summary.");
        group.MapGet("/{code}/ties", Ties)
            .WithSummary("Each partner's share of the state's remittances, emigrants and inward investment, beside the two states' vote agreement.");
        group.MapGet("/{code}/ideal", Ideal)
            .WithSummary("The state's and its partners' ideal-point trajectories from the newest stored whole-record run (404 when the store has none).");
    }

    internal static Ok<ProfileReport> Profile(StoreHost host, string code, string? partners, string? measure, string? by, string? years, string? sessions,
        string? issues, bool? important, bool? contested, bool? noAmendments, int? replicates, double? level, int? seed) =>
        TypedResults.Ok(host.Cached($"profile|{code}|{partners}|{measure}|{by}|{years}|{sessions}|{issues}|{important}|{contested}|{noAmendments}|{replicates}|{level}|{seed}", s =>
        {
            var state = Parameters.State(s, "code", code);
            var partnerList = s.ResolvePartners(state, Parameters.Bounded("partners", partners));
            var m = Parameters.Parse<Measure>("measure", measure, Input.TryMeasure);
            var period = Parameters.Parse("by", by, (string? t, out PeriodKind p, out string? e) => Input.TryPeriod(t, Defaults.ProfileBy, out p, out e));
            var selection = Parameters.Selection(years, sessions, issues, important, contested, noAmendments);
            return s.Profile(state, partnerList, m, selection, period, Parameters.Uncertainty(replicates, level, seed));
        }));

    internal static Ok<TiesReport> Ties(StoreHost host, string code, string? partners) =>
        TypedResults.Ok(host.Cached($"ties|{code}|{partners}", s =>
        {
            var state = Parameters.State(s, "code", code);
            var list = s.ResolveStates(Parameters.Bounded("partners", partners), []);
            return s.Ties(state, list.Count == 0 ? null : list);
        }));

    internal static Ok<IdealPointReport> Ideal(StoreHost host, string code, string? partners) =>
        TypedResults.Ok(host.Use(s =>
        {
            var state = Parameters.State(s, "code", code);
            var others = s.ResolvePartners(state, Parameters.Bounded("partners", partners));
            return s.StoredIdealPoints([state, .. others.Count == 0 ? Defaults.Partners.Where(p => p != state) : others])
                ?? throw new MultivectorException("The store holds no ideal-point run over the whole record yet: fit one with `multivector ideal`.", ErrorKind.NotFound);
        }));
}
