namespace Multivector.Sources;

/// <summary>
/// Bad input: names the file, the line (1-based, counting the header) when one applies, and what was expected.
/// An import that throws this has written nothing to the store.
/// </summary>
public sealed class ImportException : MultivectorException
{
    public string File { get; }
    public long? Line { get; }

    public ImportException(string file, long? line, string problem)
        : base(Where(file, line) + problem, ErrorKind.BadInput) => (File, Line) = (file, line);

    public ImportException(string file, long? line, string problem, Exception inner)
        : base(Where(file, line) + problem, ErrorKind.BadInput, inner) => (File, Line) = (file, line);

    private static string Where(string file, long? line) =>
        line is null ? $"{Shown(file)}: " : $"{Shown(file)}, line {line}: ";

    // A file by its name; a web address whole, since its last segment alone does not say which page it was.
    private static string Shown(string file) =>
        file.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || file.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? file : Path.GetFileName(file);
}
