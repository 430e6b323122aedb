namespace Multivector.Tests;

/// <summary>
/// One store built from the bundled data, shared by every test that reads it (building it takes seconds).
/// Tests must not write to it; the ones that import use their own store.
/// </summary>
public sealed class BundledStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-tests-").FullName;

    public MultivectorStore Store { get; }
    public string Path { get; }

    public BundledStore()
    {
        Path = StoreFiles.CopyOfBundled(_folder);
        Store = MultivectorStore.Open(Path);
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BundledStoreGroup : ICollectionFixture<BundledStore>
{
    public const string Name = "bundled store";
}
