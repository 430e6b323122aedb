using Multivector.Model;

namespace Multivector.Web.Api;

/// <summary>
/// Query parameters parsed by the engine's <see cref="Input"/>, with its host-neutral error prefixed by the
/// parameter's name; every failure is a <see cref="MultivectorException"/> of kind bad request (400).
/// </summary>
internal static class Parameters
{
    /// <summary>Longest value any one parameter takes; longer ones are refused before parsing.</summary>
    public const int MaxLength = 300;

    /// <summary>Most bootstrap replicates a web request may ask for: enough for any published interval, bounded for a shared server.</summary>
    public const int MaxReplicates = 2000;

    public delegate bool TryParser<T>(string? text, out T value, out string? error);

    public static T Parse<T>(string name, string? text, TryParser<T> parse)
    {
        Bounded(name, text);
        return parse(text, out var value, out var error) ? value : throw Bad($"Parameter '{name}': {error}");
    }

    public static string? Bounded(string name, string? text) =>
        text is { Length: > MaxLength } ? throw Bad($"Parameter '{name}' is {text.Length} characters long: expected at most {MaxLength}.") : text;

    public static Selection Selection(string? years, string? sessions, string? issues, bool? important, bool? contested, bool? noAmendments)
    {
        Bounded("years", years);
        Bounded("sessions", sessions);
        Bounded("issues", issues);
        if (!Input.TrySelection(years, sessions, issues, out var selection, out var error)) throw Bad($"Parameter {error}");
        return selection with { ImportantOnly = important ?? false, ExcludeUnanimous = contested ?? false, ExcludeAmendments = noAmendments ?? false };
    }

    public static Uncertainty Uncertainty(int? replicates, double? level, int? seed)
    {
        if (replicates is > MaxReplicates) throw Bad($"Parameter 'replicates' is {replicates}: expected 0 to {MaxReplicates} on this server.");
        var u = new Uncertainty(replicates, level ?? Defaults.Level, seed ?? Defaults.Seed);
        return u.Problem() is { } problem ? throw Bad(problem) : u;
    }

    public static StateCode State(MultivectorStore store, string name, string text)
    {
        Bounded(name, text);
        return store.TryResolveState(text, out var code, out var error) ? code : throw new MultivectorException(error!, ErrorKind.NotFound);
    }

    public static MultivectorException Bad(string message) => new(message, ErrorKind.BadRequest);
}
