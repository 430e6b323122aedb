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
}
