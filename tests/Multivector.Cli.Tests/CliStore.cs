using Spectre.Console.Testing;

namespace Multivector.Cli.Tests;

/// <summary>A store built once from the bundled data for the CLI tests, and a way to run the CLI in-process.</summary>
public sealed class CliStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-cli-tests-").FullName;

    public string Path { get; }

    public CliStore()
    {
        Path = System.IO.Path.Combine(_folder, "store.duckdb");
        MultivectorStore.Open(Path).Dispose();
    }

    public string Folder => _folder;

    /// <summary>Runs `multivector args…` against this store on 100-column test consoles.</summary>
    public (int Exit, string Output, string Status) Run(params string[] args)
    {
        var output = new TestConsole().Width(100);
        var status = new TestConsole().Width(100);
        var exit = CliApp.Run([.. args, "--store", Path], output, status);
        return (exit, output.Output, status.Output);
    }

    /// <summary>Runs without adding --store, for help and parse errors.</summary>
    public static (int Exit, string Output, string Status) RunBare(params string[] args)
    {
        var output = new TestConsole().Width(100);
        var status = new TestConsole().Width(100);
        var exit = CliApp.Run(args, output, status);
        return (exit, output.Output, status.Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class CliStoreGroup : ICollectionFixture<CliStore>
{
    public const string Name = "cli store";
}
