using System.Security.Cryptography;
using DuckDB.NET.Data;

namespace Multivector.Store;

/// <summary>
/// The one way imports reach the store: rows appended to staging tables (outside any transaction), counted and
/// checked there, then moved into the store's tables in one transaction. The staging tables are dropped
/// whatever happens, and a refusal by DuckDB leaves the store as it was and names the file.
/// </summary>
internal static class Staging
{
    /// <summary>Runs <paramref name="work"/> between &lt;tables&gt;Create.sql and &lt;tables&gt;Drop.sql.</summary>
    public static T Run<T>(Database db, string tables, string file, Func<T> work)
    {
        db.Execute(tables + "Create");
        try
        {
            return work();
        }
        catch (DuckDBException e)
        {
            throw new MultivectorException($"The store refused the import of {Path.GetFileName(file.TrimEnd('/', '\\'))} and was left as it was: {e.Message}", e);
        }
        finally
        {
            db.Execute(tables + "Drop");
        }
    }

    /// <summary>Appends one staging row per item; <paramref name="fill"/> appends the values, in column order.</summary>
    public static void Append<T>(Database db, string table, IEnumerable<T> items, Func<IDuckDBAppenderRow, T, IDuckDBAppenderRow> fill)
    {
        using var appender = db.Connection.CreateAppender(table);
        foreach (var item in items) fill(appender.CreateRow(), item).EndRow();
    }

    /// <summary>Runs <paramref name="apply"/> in one transaction: all of it lands, or none.</summary>
    public static T Commit<T>(Database db, Func<T> apply)
    {
        using var transaction = db.Connection.BeginTransaction();
        var result = apply();
        transaction.Commit();
        return result;
    }

    /// <summary>The SHA-256 of a file, recorded with each import so the same bytes can be recognised later.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
