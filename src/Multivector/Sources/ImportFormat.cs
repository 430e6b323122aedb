using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Sources;

[JsonConverter(typeof(KebabCaseEnumConverter<ImportFormat>))]

public enum ImportFormat
{
    /// <summary>The R unvotes triple: un_votes, un_roll_calls, un_roll_call_issues (CSV, optionally gzipped).</summary>
    Unvotes,
    /// <summary>Voeten's Harvard Dataverse UNVotes CSV: one row per vote with roll-call columns repeated.</summary>
    Dataverse,
    /// <summary>The UN Digital Library's General Assembly voting CSV (votes Y/N/A/X).</summary>
    Undl,
    /// <summary>The UN Digital Library's MARCXML search answers (a file, or a folder of pages), as `update` fetches them.</summary>
    UndlMarcXml,
}

public static class ImportFormats
{
    public static ImportFormat Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "unvotes" => ImportFormat.Unvotes,
        "dataverse" or "voeten" => ImportFormat.Dataverse,
        "undl" => ImportFormat.Undl,
        "undl-xml" or "marcxml" => ImportFormat.UndlMarcXml,
        _ => throw MultivectorException.BadRequest($"'{text}' is not an import format: expected unvotes, dataverse, undl or undl-xml (votes), or knomad-remittances, knomad-migration, imf, aiddata or ties-csv (ties)."),
    };
}
