namespace Multivector.Store;

/// <summary>Where the data shipped with Multivector lives: a data/ folder beside the binaries.</summary>
public static class Bundle
{
    /// <summary>MULTIVECTOR_DATA overrides the folder, for running from another layout.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("MULTIVECTOR_DATA") is { Length: > 0 } overridden
            ? overridden
            : Path.Combine(AppContext.BaseDirectory, "data");

    public static string Unvotes => Path.Combine(Folder, "unvotes");

    /// <summary>The registry of ties: summits, formats and treaties (see data/registry/README.md).</summary>
    public static string Registry => Path.Combine(Folder, "registry");

    /// <summary>The version of the bundled Voeten data, recorded with its import.</summary>
    public const string UnvotesVersion = "UNVotes2024 via unvotes (bensoltoff fork 8e6080a), votes to 2023-09-01";
}
