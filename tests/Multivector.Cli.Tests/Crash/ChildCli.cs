using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Multivector.Cli.Tests.Crash;

/// <summary>The real `multivector` command as a child process, which a test can kill with SIGKILL.</summary>
internal static class ChildCli
{
    private static string Dll => typeof(CliApp).Assembly.Location;

    public static Process Start(IReadOnlyList<string> args, string? fault = null, StringBuilder? output = null, StringBuilder? errors = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["MULTIVECTOR_FAULT"] = fault;
        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        var process = Process.Start(info)!;
        // Drain both pipes so a chatty child never blocks on a full pipe.
        process.OutputDataReceived += (_, e) => { lock (info) output?.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (info) errors?.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to the end and returns the exit code; a fault point kills the child with SIGKILL (exit 137).</summary>
    public static int Run(IReadOnlyList<string> args, string? fault = null)
    {
        using var process = Start(args, fault);
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) throw new TimeoutException("multivector " + string.Join(' ', args));
        return process.ExitCode;
    }

    /// <summary>Runs to the end and returns the exit code with what the child wrote to standard output and error.</summary>
    public static (int Exit, string Output, string Errors) Capture(IReadOnlyList<string> args, string? fault = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = new StringBuilder();
        var errors = new StringBuilder();
        using var process = Start(args, fault, output, errors, environment);
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) throw new TimeoutException("multivector " + string.Join(' ', args));
        process.WaitForExit();
        // Spectre wraps at 80 columns when not on a terminal; messages are checked as one line.
        static string Flat(StringBuilder text) => string.Join(' ', text.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return (process.ExitCode, Flat(output), Flat(errors));
    }

    /// <summary>Starts the command and kills it with SIGKILL after <paramref name="delay"/>, unless it finished first.</summary>
    public static bool KillAfter(IReadOnlyList<string> args, TimeSpan delay)
    {
        using var process = Start(args);
        if (process.WaitForExit(delay)) return false;
        process.Kill(); // SIGKILL on Unix
        process.WaitForExit();
        return true;
    }
}

/// <summary>
/// A UNDL CSV of <paramref name="rollCalls"/> made-up roll calls in session 79, every current member voting,
/// big enough that reading, staging and committing each take a measurable time.
/// </summary>
internal static class BigImport
{
    public static string Write(string folder, int rollCalls, IReadOnlyList<string> members)
    {
        var path = Path.Combine(folder, "big-undl.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,title,total_yes,total_no,total_abstentions,total_non_voting");
        var votes = new[] { "Y", "N", "A", "X" };
        for (var r = 0; r < rollCalls; r++)
        {
            var date = new DateOnly(2024, 10, 1).AddDays(r % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var counts = new int[4];
            var cast = new string[members.Count];
            for (var s = 0; s < members.Count; s++) counts[Array.IndexOf(votes, cast[s] = votes[(r * 7 + s * 3) % 4])]++;
            var tally = string.Join(',', counts);
            for (var s = 0; s < members.Count; s++)
                writer.WriteLine($"{8000000 + r},{members[s]},{members[s]},{cast[s]},{date},79,A/RES/79/{9000 + r},Generated resolution {r},{tally}");
        }
        return path;
    }
}
