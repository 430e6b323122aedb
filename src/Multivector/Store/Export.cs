using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Store;

[JsonConverter(typeof(KebabCaseEnumConverter<ExportFormat>))]

public enum ExportFormat { Csv, Parquet }

/// <summary>What can be exported: the store's tables in a plain, joined-up shape.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ExportTable>))]
public enum ExportTable { Votes, RollCalls, States, Imports, IdealPoints }

public static class ExportNames
{
    public static ExportFormat Format(string text) => text.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "parquet" => ExportFormat.Parquet,
        _ => throw MultivectorException.BadRequest($"Export format '{text}': expected csv or parquet."),
    };

    public static ExportTable Table(string text) => text.Trim().ToLowerInvariant() switch
    {
        "votes" => ExportTable.Votes,
        "roll-calls" or "rollcalls" or "roll_calls" => ExportTable.RollCalls,
        "states" => ExportTable.States,
        "imports" => ExportTable.Imports,
        "ideal-points" or "idealpoints" or "ideal_points" => ExportTable.IdealPoints,
        _ => throw MultivectorException.BadRequest($"Export table '{text}': expected votes, roll-calls, states, imports or ideal-points."),
    };

    /// <summary>Where an export goes unless told: &lt;table&gt;.&lt;format&gt; in the current folder.</summary>
    public static string DefaultPath(ExportTable table, ExportFormat format) =>
        (table switch { ExportTable.RollCalls => "roll-calls", ExportTable.IdealPoints => "ideal-points", _ => table.ToString().ToLowerInvariant() })
        + "." + format.ToString().ToLowerInvariant();
}

public sealed record ExportResult(ExportTable Table, ExportFormat Format, string Path, long Rows);

internal static class Export
{
    /// <summary>
    /// Writes a table with DuckDB's COPY. COPY takes its target only as a literal, so the path is the one
    /// value in the project written into SQL text: it is quoted here, and the query around it is a named file.
    /// </summary>
    public static ExportResult Write(Database db, ExportTable table, ExportFormat format, string path, bool overwrite)
    {
        var rows = WriteQuery(db, "Export" + table, table.ToString().ToLowerInvariant(), format, path, overwrite, db.Path);
        return new ExportResult(table, format, System.IO.Path.GetFullPath(path), rows);
    }

    /// <summary>
    /// Writes what the named query selects to <paramref name="path"/> all at once (a temporary file renamed into
    /// place), refusing the store's own files (<paramref name="storePath"/>) and an existing file unless
    /// <paramref name="overwrite"/> is set. Returns the rows written.
    /// </summary>
    public static long WriteQuery(Database db, string queryName, string what, ExportFormat format, string path, bool overwrite, string storePath)
    {
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new MultivectorException($"The export path '{path}' is not a usable path: {e.Message}", ErrorKind.BadRequest, e);
        }
        if (full.Contains('\0', StringComparison.Ordinal)) throw new MultivectorException("The export path contains a NUL character.", ErrorKind.BadRequest);
        if (storePath != ":memory:" && IsStoreFile(full, storePath))
            throw new MultivectorException($"The export path {full} is the store itself (or one of its files): expected another file. Writing there would destroy the store.", ErrorKind.BadRequest);
        if (Directory.Exists(full)) throw new MultivectorException($"The export path {full} is a folder: expected a file name, such as {System.IO.Path.Combine(full, what + "." + format.ToString().ToLowerInvariant())}.", ErrorKind.BadRequest);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new MultivectorException($"The folder {folder} does not exist: expected an existing folder for the export.", ErrorKind.BadRequest);
        if (File.Exists(full) && !overwrite) throw new MultivectorException($"The file {full} already exists: expected a new file name, or permission to overwrite it.", ErrorKind.Conflict);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        var query = Sql.Get(queryName);
        var options = format == ExportFormat.Csv ? "FORMAT csv, HEADER true" : "FORMAT parquet, COMPRESSION zstd";
        var literal = "'" + temporary.Replace("'", "''", StringComparison.Ordinal) + "'";
        try
        {
            long rows;
            using (var command = db.CommandText($"COPY ({query}) TO {literal} ({options})"))
                rows = command.ExecuteNonQuery();
            File.Move(temporary, full, overwrite);
            return rows;
        }
        catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or IOException or UnauthorizedAccessException)
        {
            throw new MultivectorException($"The export to {full} failed and nothing was written there: {e.Message.Split('\n')[0]}", ErrorKind.BadRequest, e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The store file, its lock, its write-ahead log or its working copies, compared after resolving links.</summary>
    private static bool IsStoreFile(string candidate, string store)
    {
        static string Resolve(string p) => File.Exists(p) && new FileInfo(p).ResolveLinkTarget(true) is { } target ? target.FullName : p;
        var c = Resolve(candidate);
        var s = Resolve(store);
        return string.Equals(c, s, StringComparison.Ordinal) || c.StartsWith(s + ".", StringComparison.Ordinal);
    }
}
