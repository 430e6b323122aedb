namespace Multivector.Sources;

internal static class DataverseReader
{
    public static ImportBatch Read(string path, StateDirectory states, IProgress<double>? progress = null) =>
        throw new NotImplementedException("Dataverse import is being written.");
}
