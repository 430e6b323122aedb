namespace Multivector.Store;

/// <summary>The store's key-value facts (schema version, how it was built, registry fingerprint, last update).</summary>
internal static class Meta
{
    public const string CreatedEmpty = "created_empty";

    public static string? Get(Database db, string key) => db.Scalar<string?>("MetaGet", ("key", key));

    public static void Set(Database db, string key, string value) => db.Execute("MetaSet", ("key", key), ("value", value));

    /// <summary>True for a store built from the bundled data (not opened empty), which gets newly bundled data too.</summary>
    public static bool BuiltFromBundle(Database db) => Get(db, CreatedEmpty) == "no";
}
