namespace Multivector.Cli.Commands;

/// <summary>
/// An option's value parsed by the engine, with the engine's host-neutral error prefixed by the flag the user
/// typed ("--from '2025-13-01': expected a date as YYYY-MM-DD.").
/// </summary>
internal static class Flag
{
    public delegate bool TryParser<T>(string? text, out T value, out string? error);

    public static T Value<T>(string flag, string? text, TryParser<T> parse) =>
        parse(text, out var value, out var error) ? value : throw new MultivectorException($"{flag} {error}", ErrorKind.BadRequest);

    public static T Value<TText, T>(string flag, TText text, Func<TText, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (MultivectorException e) when (e.Kind == ErrorKind.BadRequest)
        {
            throw new MultivectorException($"{flag}: {e.Message}", ErrorKind.BadRequest, e);
        }
    }

    /// <summary>The same for a settings class's Validate, where Spectre wants an error message rather than an exception.</summary>
    public static string? Problem<T>(string flag, string? text, TryParser<T> parse) =>
        parse(text, out _, out var error) ? null : $"{flag} {error}";
}
