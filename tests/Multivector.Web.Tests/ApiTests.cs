using System.Net;
using System.Text.Json;

namespace Multivector.Web.Tests;

/// <summary>Every endpoint over real HTTP on loopback: typed JSON on the bundled data, and refusals by kind, never a 500.</summary>
[Collection(WebServerGroup.Name)]
public sealed class ApiTests(WebServer server)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("/api/states")]
    [InlineData("/api/states/KAZ/profile?years=2014-2016&replicates=20")]
    [InlineData("/api/states/uzbekistan/profile?partners=%2BIND,TUR&by=all&replicates=0")]
    [InlineData("/api/states/KGZ/ties")]
    [InlineData("/api/states/KAZ/ideal")]
    [InlineData("/api/pairs/KAZ/RUS?years=2020-2023&by=year&replicates=0")]
    [InlineData("/api/votes?q=ES-11&states=KAZ,UZB")]
    [InlineData("/api/votes?q=A/RES/68/262")]
    [InlineData("/api/documents?format=C5%2B1")]
    [InlineData("/api/documents/c5plus1-samarkand")]
    [InlineData("/api/documents/c5plus1-new-york-declaration/reuse")]
    [InlineData("/api/compare?docs=c5plus1-samarkand,c5plus1-fourth-ministerial")]
    [InlineData("/api/timeline?state=TJK&from=2022&to=2023")]
    [InlineData("/api/formats")]
    [InlineData("/api/sources")]
    public async Task Each_endpoint_answers_json_from_the_bundled_store(string path)
    {
        using var response = await server.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.DoesNotMatch(@"\{\s*""value"":\s*""[A-Z]{3}""\s*\}", body);
    }

    [Theory]
    [InlineData("profile", "/api/states/TJK/profile?years=2021-2023&replicates=20")]
    [InlineData("pair", "/api/pairs/UZB/RUS?years=2020-2022&by=year&replicates=50")]
    [InlineData("votes", "/api/votes?q=ES-11&states=KAZ,KGZ,TJK,TKM,UZB")]
    [InlineData("timeline", "/api/timeline?state=TJK&from=2022&to=2023")]
    public async Task The_api_writes_the_same_json_contract_as_the_cli(string name, string path)
    {
        var body = await server.Http.GetStringAsync(path);

        // The CLI's snapshots are indented; the API's JSON is compact. Same content, same names and values.
        var indented = JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement, Indented);
        Snapshot.Match("api-" + name, indented);
    }

    [Fact]
    public async Task The_ukraine_votes_of_2022_to_2025_are_served()
    {
        var body = await server.Http.GetStringAsync("/api/votes?q=ES-11&states=KAZ&limit=100");
        using var json = JsonDocument.Parse(body);
        var dates = json.RootElement.GetProperty("rollCalls").EnumerateArray().Select(r => r.GetProperty("date").GetString()!).ToList();

        Assert.Contains(dates, d => d.StartsWith("2022-03-02", StringComparison.Ordinal));
        Assert.Contains(dates, d => string.CompareOrdinal(d, "2025-01-01") > 0);
    }

    [Theory]
    [InlineData("/api/states/XYZ/profile", 404, "Unknown state")]
    [InlineData("/api/states/KAZ/profile?years=19x2", 400, "years '19x2'")]
    [InlineData("/api/states/KAZ/profile?years=1800-1900", 400, "between 1945 and 2200")]
    [InlineData("/api/states/KAZ/profile?replicates=5000", 400, "replicates")]
    [InlineData("/api/states/KAZ/profile?level=1.5", 400, "Confidence level")]
    [InlineData("/api/states/KAZ/profile?measure=tau", 400, "not a measure")]
    [InlineData("/api/states/KAZ/profile?by=month", 400, "expected all, session or year")]
    [InlineData("/api/states/KAZ/profile?partners=KAZ", 400, "cannot also be a partner")]
    [InlineData("/api/pairs/KAZ/Atlantis", 404, "Unknown state")]
    [InlineData("/api/votes?from=2025-13-01", 400, "expected a date")]
    [InlineData("/api/votes?q=ES-11&limit=0", 400, "Limit 0")]
    [InlineData("/api/documents/no-such-document", 404, "No document")]
    [InlineData("/api/compare?docs=c5plus1-samarkand", 400, "expected 2 to 6")]
    [InlineData("/api/timeline?format=C5%2BAtlantis", 404, "Unknown format")]
    [InlineData("/api/states/KAZ/profile?years=1", 400, "between 1945 and 2200")]
    public async Task A_bad_parameter_gets_a_problem_with_what_was_expected(string path, int status, string says)
    {
        using var response = await server.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(says, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_parameter_is_refused_before_it_is_parsed()
    {
        using var response = await server.Http.GetAsync("/api/votes?q=" + new string('a', 400));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 300", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_query_string_is_refused()
    {
        using var response = await server.Http.GetAsync("/api/states?x=" + new string('b', 3000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/lib/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/css/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/states/..%2F..%2Fetc%2Fpasswd")]
    public async Task No_path_reaches_a_file_outside_the_served_folder(string path)
    {
        using var response = await server.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_forbids_inline_script_and_framing()
    {
        using var page = await server.Http.GetAsync("/");
        using var api = await server.Http.GetAsync("/api/states/KAZ/ties");

        foreach (var response in new[] { page, api })
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_server_serves()
    {
        var served = await server.Http.GetStringAsync("/api/openapi.json");
        var folder = Path.Combine(RepoRoot(), "src", "Multivector.Web");
        var committed = Path.Combine(folder, "openapi.json");
        var pretty = JsonSerializer.Serialize(JsonDocument.Parse(served).RootElement, Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1") await File.WriteAllTextAsync(committed, pretty);

        Assert.True(File.Exists(committed) && await File.ReadAllTextAsync(committed) == pretty,
            $"{committed} is stale: the server's OpenAPI document differs. Run the tests with UPDATE_SNAPSHOTS=1 and commit the file.");
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
