using System.Collections.Concurrent;
using System.Reflection;

namespace Multivector.Store;

/// <summary>The named SQL files embedded in the assembly (Store/Sql/*.sql, Votes/Sql/*.sql).</summary>
internal static class Sql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Multivector.Sql.{n}.sql")
            ?? throw new InvalidOperationException($"No embedded SQL file named {n}.sql.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
