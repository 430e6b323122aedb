namespace Multivector.Tests;

/// <summary>
/// Store files for tests. Building a store from the bundled data takes seconds, so it is built once per
/// test run and copied for every fixture that needs its own (a copy opens in a fraction of a second).
/// </summary>
internal static class StoreFiles
{
    private static readonly Lazy<string> Template = new(BuildTemplate);

    /// <summary>A fresh copy of a store built from the bundled data, as <paramref name="folder"/>/<paramref name="name"/>.</summary>
    public static string CopyOfBundled(string folder, string name = "bundled.duckdb")
    {
        var path = Path.Combine(folder, name);
        File.Copy(Template.Value, path);
        return path;
    }

    private static string BuildTemplate()
    {
        var folder = Directory.CreateTempSubdirectory("multivector-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = Path.Combine(folder, "bundled.duckdb");
        using (MultivectorStore.Open(path))
        {
        }
        return path;
    }
}
