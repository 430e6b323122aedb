using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector;

/// <summary>What kind of failure a <see cref="MultivectorException"/> is, so a host can answer it properly.</summary>
/// <remarks>A CLI maps these to exit codes (1, or 70 for <see cref="Internal"/>); a web host to 400, 404, 409, 503, 422 and 500.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<ErrorKind>))]
public enum ErrorKind
{
    /// <summary>The request itself is wrong: a bad path, option or value.</summary>
    BadRequest,
    /// <summary>The thing asked for does not exist: no store, no such state or document.</summary>
    NotFound,
    /// <summary>The request clashes with what exists (a file already there, a changed document).</summary>
    Conflict,
    /// <summary>Another process holds the store; trying again later can work.</summary>
    Busy,
    /// <summary>The input or the store's contents are bad or damaged.</summary>
    BadInput,
    /// <summary>Anything else: a bug or an environment failure.</summary>
    Internal,
}

/// <summary>
/// The one exception the engine throws for anything a user or a host can act on. Its message uses the engine's
/// words (states, ranges, documents), never a host's flags or commands; the kind says how to answer it.
/// Anything else the engine throws is a bug.
/// </summary>
public class MultivectorException : Exception
{
    public ErrorKind Kind { get; }

    public MultivectorException(string message, Exception? inner = null) : this(message, ErrorKind.BadInput, inner)
    {
    }

    public MultivectorException(string message, ErrorKind kind, Exception? inner = null) : base(message, inner) => Kind = kind;

    internal static MultivectorException BadRequest(string message) => new(message, ErrorKind.BadRequest);
    internal static MultivectorException NotFound(string message) => new(message, ErrorKind.NotFound);
}
