using Multivector.Web.Pages;

namespace Multivector.Web;

/// <summary>
/// What every response gets: strict security headers (no inline script, no framing), bounded query strings, and
/// the engine's errors answered by kind: problem details under /api, a page elsewhere, never a stack trace.
/// </summary>
public sealed partial class Guard(RequestDelegate next, ILogger<Guard> log)
{
    /// <summary>Longer query strings are refused: no report needs more, and parsing them costs.</summary>
    public const int MaxQueryLength = 2048;

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        if (context.Request.QueryString.Value?.Length > MaxQueryLength)
        {
            await Answer(context, StatusCodes.Status414RequestUriTooLong, "Query too long", $"The query string is longer than {MaxQueryLength} characters.");
            return;
        }
        try
        {
            await next(context);
        }
        catch (MultivectorException e) when (!context.Response.HasStarted)
        {
            await Answer(context, Status(e.Kind), Title(e.Kind), e.Message);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await Answer(context, StatusCodes.Status400BadRequest, "Bad request", e.Message);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            Failed(log, e, context.Request.Path);
            await Answer(context, StatusCodes.Status500InternalServerError, "Unexpected failure", "Something failed that should not have. The server log has the details.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure on {Path}")]
    private static partial void Failed(ILogger logger, Exception exception, PathString path);

    public static int Status(ErrorKind kind) => kind switch
    {
        ErrorKind.BadRequest => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Busy => StatusCodes.Status503ServiceUnavailable,
        ErrorKind.BadInput => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string Title(ErrorKind kind) => kind switch
    {
        ErrorKind.BadRequest => "Bad request",
        ErrorKind.NotFound => "Not found",
        ErrorKind.Conflict => "Conflict",
        ErrorKind.Busy => "Store unavailable",
        ErrorKind.BadInput => "Bad data in the store",
        _ => "Unexpected failure",
    };

    private static Task Answer(HttpContext context, int status, string title, string detail)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "10";
        return context.Request.Path.StartsWithSegments("/api")
            ? Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context)
            : Results.Content(Layout.Page(title, $"<h1>{Layout.E(title)}</h1><p class=\"error\">{Layout.E(detail)}</p><p><a href=\"/\">Back to the overview</a></p>", "/"), "text/html; charset=utf-8", statusCode: status).ExecuteAsync(context);
    }
}
