namespace Multivector.Sources;

internal static class UndlReader
{
    public static ImportBatch Read(string path, StateDirectory states, IProgress<double>? progress = null) =>
        throw new NotImplementedException("Undl import is being written.");
}
