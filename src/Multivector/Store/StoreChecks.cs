namespace Multivector.Store;

/// <summary>Integrity checks over the store's tables (Sql/StoreCheck.sql) and the repair of what they find.</summary>
internal static class StoreChecks
{
    public static List<CheckItem> Items(Database db)
    {
        var items = new List<CheckItem>();
        using (var command = db.Command("StoreCheck"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(new CheckItem(reader.GetString(0), reader.GetString(1) == "damage" ? CheckSeverity.Damage : CheckSeverity.Note,
                    reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }
        return items;
    }

    /// <summary>Removes orphan and duplicate votes in one transaction.</summary>
    public static void Repair(Database db) => Staging.Commit(db, () => db.Execute("StoreRepair"));
}
