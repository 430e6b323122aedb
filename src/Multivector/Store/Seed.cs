using Multivector.Sources;

namespace Multivector.Store;

/// <summary>Writes the bundled reference tables (states, memberships, aliases) into a new store.</summary>
internal static class Seed
{
    public static void ReferenceTables(Database db, ReferenceTables tables)
    {
        using var transaction = db.Connection.BeginTransaction();
        foreach (var (state, abbrev) in tables.States)
            db.Execute("SeedState", ("code", state.Code.Value), ("iso2", state.Iso2), ("cow", state.Cow), ("cow_abbrev", abbrev), ("name", state.Name));
        foreach (var (state, period, note) in tables.Memberships)
            db.Execute("SeedMembership", ("state", state.Value), ("member_from", period.From), ("member_to", period.To), ("note", note));
        foreach (var (source, alias, code) in tables.Aliases)
            db.Execute("SeedAlias", ("source", source), ("alias", alias), ("state", code.Value));
        transaction.Commit();
    }

    /// <summary>Creates whatever tables the store lacks (Sql/Schema.sql is idempotent).</summary>
    public static void Schema(Database db)
    {
        using var command = db.CommandText(Sql.Get("Schema"));
        command.ExecuteNonQuery();
    }

    /// <summary>Provenance rows for roll calls imported before it was kept; true when any was added.</summary>
    public static bool BackfillSources(Database db) => db.Execute("RollCallSourcesBackfill") > 0;

    public static bool HasImport(Database db, string version) => db.Scalar<long>("ImportCountByVersion", ("version", version)) > 0;

    /// <summary>
    /// The publishers' spellings of state names that ties files use, for a store seeded before they were in
    /// data/state-aliases.csv. Returns how many were added (none when the store has them).
    /// </summary>
    public static int NameAliases(Database db, IEnumerable<(string Source, string Alias, Model.StateCode State)> aliases)
    {
        if (db.Scalar<long>("AliasCount", ("source", "name")) > 0) return 0;
        var added = 0;
        foreach (var (source, alias, code) in aliases.Where(a => a.Source == "name"))
            added += db.Execute("SeedAlias", ("source", source), ("alias", alias), ("state", code.Value));
        return added;
    }

    /// <summary>Whether the file is a Multivector store, and whether its first build finished.</summary>
    public static StoreCondition Condition(Database db)
    {
        if (db.Scalar<long>("StoreHasMeta") == 0) return StoreCondition.Foreign;
        using var command = db.Command("StoreCondition");
        using var reader = command.ExecuteReader();
        reader.Read();
        var createdEmpty = reader.IsDBNull(0) ? null : reader.GetString(0);
        return createdEmpty == "no" && reader.GetInt64(1) == 0 ? StoreCondition.HalfBuilt : StoreCondition.Usable;
    }
}

internal enum StoreCondition { Usable, HalfBuilt, Foreign }
