using Multivector.Model;
using Multivector.Sources.Ties;

namespace Multivector.Store;

/// <summary>Money-and-people ties in the store: imported through staging, read back as each partner's share.</summary>
internal static class TieQueries
{
    /// <summary>Stores built before ties existed lack the table until they are opened for writing once.</summary>
    public static bool Present(Database db) => db.Scalar<long>("TiesPresent") > 0;

    public static bool HasVersion(Database db, string version) => db.Scalar<long>("TieImportCountByVersion", ("version", version)) > 0;

    /// <summary>Adds the rows the store lacks in one transaction; returns how many and the import's id.</summary>
    public static (int Added, int? ImportId) Import(Database db, TieBatch batch, string path, string? version) =>
        Staging.Run(db, "TieStaging", path, () =>
        {
            Staging.Append(db, "incoming_ties", batch.Rows, (row, r) => row
                .AppendValue(r.State.Value).AppendValue(r.Partner).AppendValue(r.PartnerKind.ToString().ToLowerInvariant())
                .AppendValue(r.Indicator).AppendValue(r.Year).AppendValue(r.Value).AppendValue(r.Unit).AppendValue(r.Direction).AppendValue(r.Basis));
            var added = (int)db.Scalar<long>("TieImportCount", ("source", batch.Source));
            if (added == 0) return (0, (int?)null);
            var importId = Staging.Commit(db, () =>
            {
                db.Execute("TieImportApply", ("format", batch.Format), ("source", batch.Source), ("files", Path.GetFileName(path)), ("sha256", Staging.Sha256(path)),
                    ("version", version), ("imported_at", DateTime.UtcNow), ("added", added));
                return db.Scalar<int>("TieImportLast");
            });
            return (added, (int?)importId);
        });

    /// <summary>Each partner's share of each of the state's ties, latest year of each.</summary>
    public static List<(string Partner, PartnerKind Kind, TieShare Share)> Shares(Database db, StateCode state)
    {
        var shares = new List<(string Partner, PartnerKind Kind, TieShare Share)>();
        using var command = db.Command("TieShares", ("state", state.Value));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var kind = Enum.Parse<PartnerKind>(reader.GetString(1), ignoreCase: true);
            shares.Add((reader.GetString(0), kind, new TieShare(reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt32(5), reader.GetDouble(6), reader.GetString(7), reader.GetDouble(8))));
        }
        return shares;
    }
}
