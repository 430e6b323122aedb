using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Multivector.Web.Tests;

/// <summary>
/// The README's main command, as a real child process: with no store yet, the dashboard builds one from the
/// bundled data, prints its address, and serves real pages there.
/// </summary>
public sealed partial class QuickStartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-quickstart-").FullName;

    [Fact]
    public async Task The_dashboard_builds_its_store_on_first_start_and_prints_its_address()
    {
        var store = Path.Combine(_folder, "new.duckdb");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Multivector.Web.dll"), "--store", store, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        using var process = new Process { StartInfo = start };
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var printed = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Both streams are drained all along, so the child can never block on a full pipe.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lines.Enqueue(e.Data);
            if (Address().Match(e.Data) is { Success: true } m) printed.TrySetResult(new Uri(m.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue("stderr: " + e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await printed.Task.WaitAsync(TimeSpan.FromMinutes(4));
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            var html = await http.GetStringAsync("/votes?q=ES-11");

            Assert.Contains(lines, l => l.StartsWith("Building the store", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("Fitting ideal points over the whole record in the background", StringComparison.Ordinal));
            Assert.True(File.Exists(store));
            Assert.Contains("A/RES/ES-11/", html, StringComparison.Ordinal);
        }
        catch (TimeoutException)
        {
            Assert.Fail("No address printed within 4 minutes. Output:\n" + string.Join('\n', lines));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"^Multivector dashboard: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Address();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
