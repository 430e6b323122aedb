using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace Multivector.Cli;

/// <summary>
/// Turns Spectre's terse parse errors into ones that name the command and suggest the nearest valid option,
/// so `agree KAZ USA --session 74` says "did you mean --sessions?" instead of answering for all sessions.
/// </summary>
internal static partial class Suggestions
{
    /// <summary>Each command's words (as typed) and the settings type that lists its options.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Type> Commands = new(StringComparer.Ordinal);

    public static void Register(string path, Type command)
    {
        for (var t = command; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Command<>))
            {
                Commands[path] = t.GetGenericArguments()[0];
                return;
            }
        }
    }

    public static string Explain(string message, IReadOnlyList<string> args)
    {
        var (path, settings) = Find(args);
        var where = path is null ? "" : $" for `{path}`";
        if (UnknownOption().Match(message) is { Success: true } unknown)
        {
            var typed = args.FirstOrDefault(a => a.TrimStart('-').Split('=')[0] == unknown.Groups[1].Value) ?? "--" + unknown.Groups[1].Value;
            typed = typed.Split('=')[0];
            var nearest = settings is null ? null : Nearest(typed, Options(settings));
            return $"unknown option '{typed}'{where}." + (nearest is null ? "" : $" Did you mean '{nearest}'?");
        }
        if (UnmatchedArgument().Match(message) is { Success: true } stray)
            return $"unexpected argument '{stray.Groups[1].Value}'{where}: the command takes no more arguments there.";
        return message;
    }

    private static (string? Path, Type? Settings) Find(IReadOnlyList<string> args)
    {
        if (args.Count >= 2 && Commands.TryGetValue(args[0] + " " + args[1], out var nested)) return (args[0] + " " + args[1], nested);
        if (args.Count >= 1 && Commands.TryGetValue(args[0], out var settings)) return (args[0], settings);
        return (null, null);
    }

    internal static IEnumerable<string> Options(Type settings)
    {
        yield return "--help";
        yield return "--verbose";
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option) continue;
            foreach (var name in option.LongNames) yield return "--" + name;
            foreach (var name in option.ShortNames) yield return "-" + name;
        }
    }

    /// <summary>The valid option closest to what was typed: a prefix of it, or within an edit distance of 2.</summary>
    internal static string? Nearest(string typed, IEnumerable<string> options)
    {
        var candidates = options.Where(o => o.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        var prefixed = candidates.Where(o => o.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(o, StringComparison.Ordinal)).ToList();
        if (prefixed.Count == 1) return prefixed[0];
        var best = candidates.Select(o => (Option: o, Distance: Distance(typed, o))).OrderBy(c => c.Distance).ThenBy(c => c.Option, StringComparer.Ordinal).FirstOrDefault();
        return best.Option is not null && best.Distance <= Math.Max(2, typed.Length / 4) ? best.Option : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"^Unknown option '([^']+)'")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Could not match '([^']+)' with an argument")]
    private static partial Regex UnmatchedArgument();
}
