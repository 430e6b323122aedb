using System.Text.Json.Serialization;
using Multivector.Model;
using Multivector.Store;

namespace Multivector;

public sealed partial class MultivectorStore
{
    /// <summary>
    /// Verifies the store's integrity: votes and issue tags whose roll call is missing, duplicate votes and
    /// roll calls, provenance, import counts, and counted against official tallies. Damage is anything a
    /// complete write could not have left.
    /// </summary>
    public StoreCheck Check()
    {
        var items = StoreChecks.Items(_db);
        return new StoreCheck(Path, items);
    }

    /// <summary>
    /// Removes orphan and duplicate votes (what older versions could leave after a crash), in one transaction
    /// published at once. Returns the check after the repair.
    /// </summary>
    public StoreCheck Repair()
    {
        if (ReadOnly) throw new MultivectorException("This store is open read-only; a repair needs a writable store.", ErrorKind.BadRequest);
        StoreChecks.Repair(_db);
        _db.Publish();
        return Check();
    }
}

[JsonConverter(typeof(KebabCaseEnumConverter<CheckSeverity>))]

public enum CheckSeverity { Damage, Note }

/// <summary>One integrity check: how many rows offend, with a few examples.</summary>
public sealed record CheckItem(string Name, CheckSeverity Severity, string Description, long Count, string? Examples)
{
    public bool Failed => Severity == CheckSeverity.Damage && Count > 0;
}

public sealed record StoreCheck(string Path, IReadOnlyList<CheckItem> Items)
{
    public bool Damaged => Items.Any(i => i.Failed);
}
