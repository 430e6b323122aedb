namespace Multivector.Store;

/// <summary>Where the data shipped with Multivector lives: a data/ folder beside the binaries.</summary>
internal static class Bundle
{
    /// <summary>MULTIVECTOR_DATA overrides the folder, for running from another layout.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("MULTIVECTOR_DATA") is { Length: > 0 } overridden
            ? overridden
            : Path.Combine(AppContext.BaseDirectory, "data");

    public static string Unvotes => Path.Combine(Folder, "unvotes");

    /// <summary>The registry of ties: summits, formats and treaties (see data/registry/README.md).</summary>
    public static string Registry => Path.Combine(Folder, "registry");

    /// <summary>
    /// UN Digital Library voting records, 2021-12-01 to 2025-08-26 (375 roll calls), in the library's bulk-CSV
    /// layout, converted from the 3DL scrape by data/tools/undl_from_3dl.py. Non-commercial use, with
    /// attribution (data/undl/NOTICE.md).
    /// </summary>
    public static string Undl => Path.Combine(Folder, "undl", "ga_votes_2021-12_2025-08.csv.gz");

    /// <summary>The version of the bundled UN Digital Library records, recorded with their import.</summary>
    public const string UndlVersion = "UN Digital Library voting records via 3DL un-digital-library-scraper 2025-09-05 (3eca1b5), 2021-12-01 to 2025-08-26";

    /// <summary>The version of the bundled Voeten data, recorded with its import.</summary>
    public const string UnvotesVersion = "UNVotes2024 via unvotes (bensoltoff fork 8e6080a), votes to 2023-09-01";
}
