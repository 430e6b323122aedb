using Multivector.Reports;
using Multivector.Web.Api;
using Multivector.Web.Pages;

namespace Multivector.Web;

/// <summary>The web host: one read-only store, the JSON API, the pages and their charts, behind strict headers.</summary>
public static class Dashboard
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, string? storePath = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 16 * 1024;
            k.Limits.MaxRequestLineSize = 4 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => ReportJson.Apply(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            // The committed document must not depend on the host's name or port.
            document.Info.Title = "Multivector";
            document.Info.Version = "v1";
            document.Info.Description = "UN General Assembly agreement, ideal points, statements, ties and money by partner, as JSON. Errors are RFC 9457 problem details.";
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        builder.Services.AddProblemDetails();
        var path = storePath ?? builder.Configuration["store"] ?? MultivectorStore.DefaultPath;
        builder.Services.AddSingleton(new StoreHost(path));

        var app = builder.Build();
        app.UseMiddleware<Guard>();
        app.UseStaticFiles();
        app.MapOpenApi("/api/openapi.json");
        app.MapStatesApi();
        app.MapPairsApi();
        app.MapVotesApi();
        app.MapDocumentsApi();
        app.MapTimelineApi();
        app.MapSourcesApi();
        app.MapPages();
        return app;
    }
}
