namespace Multivector.Tests;

/// <summary>
/// Store files for tests. Building a store from the bundled data takes seconds, and seeding even an empty
/// one most of a second, so each is built once per test run and copied for every test that needs its own
/// (a copy opens in a fraction of a second).
/// </summary>
internal static class StoreFiles
{
    private static readonly Lazy<string> Bundled = new(() => Build("bundled.duckdb", empty: false));
    private static readonly Lazy<string> Empty = new(() => Build("empty.duckdb", empty: true));

    /// <summary>A fresh copy of a store built from the bundled data, as <paramref name="folder"/>/<paramref name="name"/>.</summary>
    public static string CopyOfBundled(string folder, string name = "bundled.duckdb") => Copy(Bundled.Value, folder, name);

    /// <summary>A fresh copy of a store with the reference tables (states, memberships, aliases) and no roll calls.</summary>
    public static string CopyOfEmpty(string folder, string name = "empty.duckdb") => Copy(Empty.Value, folder, name);

    private static string Copy(string template, string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.Copy(template, path);
        return path;
    }

    private static string Build(string name, bool empty)
    {
        var folder = Directory.CreateTempSubdirectory("multivector-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = Path.Combine(folder, name);
        using (MultivectorStore.Open(path, empty: empty))
        {
        }
        return path;
    }
}
