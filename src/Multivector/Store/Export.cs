namespace Multivector.Store;

public enum ExportFormat { Csv, Parquet }

/// <summary>What can be exported: the store's tables in a plain, joined-up shape.</summary>
public enum ExportTable { Votes, RollCalls, States, Imports, IdealPoints }

public sealed record ExportResult(ExportTable Table, ExportFormat Format, string Path, long Rows);

internal static class Export
{
    /// <summary>
    /// Writes a table with DuckDB's COPY. COPY takes its target only as a literal, so the path is the one
    /// value in the project written into SQL text: it is quoted here, and the query around it is a named file.
    /// </summary>
    public static ExportResult Write(Database db, ExportTable table, ExportFormat format, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (full.Contains('\0', StringComparison.Ordinal)) throw new ArgumentException("The export path contains a NUL character.");
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder)) throw new ArgumentException($"The folder {folder} does not exist.");
        var query = Sql.Get("Export" + table);
        var options = format == ExportFormat.Csv ? "FORMAT csv, HEADER true" : "FORMAT parquet, COMPRESSION zstd";
        var literal = "'" + full.Replace("'", "''", StringComparison.Ordinal) + "'";
        using var command = db.CommandText($"COPY ({query}) TO {literal} ({options})");
        var rows = command.ExecuteNonQuery();
        return new ExportResult(table, format, full, rows);
    }
}
