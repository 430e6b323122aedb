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
    private static readonly Lazy<string> VoetenOnly = new(() =>
    {
        var path = Build("voeten.duckdb", empty: true);
        using var store = MultivectorStore.Open(path);
        store.Import(Multivector.Sources.ImportFormat.Unvotes, Multivector.Store.Bundle.Unvotes, Multivector.Store.Bundle.UnvotesVersion);
        return path;
    });

    /// <summary>A fresh copy of a store holding the bundled Voeten votes only (to 2023-09, without the UN Digital Library records).</summary>
    public static string CopyOfVoetenOnly(string folder, string name = "voeten.duckdb") => Copy(VoetenOnly.Value, folder, name);

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
