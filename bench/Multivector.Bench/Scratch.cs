namespace Multivector.Bench;

/// <summary>A throwaway folder under the system temp folder, deleted on dispose.</summary>
internal sealed class Scratch : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("multivector-bench-").FullName;

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
