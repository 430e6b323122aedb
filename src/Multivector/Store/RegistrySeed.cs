using Multivector.Registry;
using Multivector.Sources;
using Multivector.Store;

namespace Multivector.Store;

/// <summary>Replaces the store's registry tables with the bundled files, in one transaction.</summary>
internal static class RegistrySeed
{
    public const string MetaKey = "registry";

    public static void Apply(Database db, RegistryTables tables, string fingerprint)
    {
        using var transaction = db.Connection.BeginTransaction();
        db.Execute("RegistryClear");
        foreach (var f in tables.Formats)
            db.Execute("SeedFormat", ("id", f.Id.Value), ("name", f.Name), ("partners", Join(f.Partners.Select(p => p.Value))), ("note", f.Note));
        foreach (var s in tables.Summits)
        {
            db.Execute("SeedSummit", ("id", s.Id), ("date", s.Date.Start), ("precision", RegistryTables.Name(s.Date.Precision)), ("format", s.Format.Value),
                ("level", RegistryTables.Name(s.Level)), ("title", s.Title), ("place", s.Place), ("host", s.Host?.Value), ("participants", s.Participants),
                ("source", s.Source), ("note", s.Note), ("description", s.Description));
            for (var i = 0; i < s.States.Count; i++) db.Execute("SeedSummitState", ("summit", s.Id), ("state", s.States[i].Value), ("position", i));
            for (var i = 0; i < s.Documents.Count; i++) db.Execute("SeedSummitDocument", ("summit", s.Id), ("document", s.Documents[i]), ("position", i));
        }
        foreach (var t in tables.Treaties)
        {
            db.Execute("SeedTreaty", ("id", t.Id), ("title", t.Title), ("short_title", t.ShortTitle), ("format", t.Format.Value), ("summit", t.Summit),
                ("place", t.Place), ("source", t.Source), ("note", t.Note));
        }
        foreach (var p in tables.Parties)
        {
            db.Execute("SeedTreatyParty", ("treaty", p.Treaty), ("state", p.State.Value),
                ("signed", p.Signed?.Start), ("signed_precision", p.Signed is { } s ? RegistryTables.Name(s.Precision) : null),
                ("ratified", p.Ratified?.Start), ("ratified_precision", p.Ratified is { } r ? RegistryTables.Name(r.Precision) : null),
                ("source", p.Source), ("note", p.Note));
        }
        db.Execute("MetaSet", ("key", MetaKey), ("value", fingerprint));
        transaction.Commit();
    }

    private static string? Join(IEnumerable<string> values) => string.Join(';', values) is { Length: > 0 } s ? s : null;
}
