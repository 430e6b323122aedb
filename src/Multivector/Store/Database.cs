using System.Data.Common;
using DuckDB.NET.Data;

namespace Multivector.Store;

/// <summary>A DuckDB connection with the few conveniences the store needs: named SQL files and parameters.</summary>
internal sealed class Database : IDisposable
{
    public DuckDBConnection Connection { get; }
    public bool ReadOnly { get; }
    public string Path { get; }

    private Database(DuckDBConnection connection, string path, bool readOnly) => (Connection, Path, ReadOnly) = (connection, path, readOnly);

    public static Database Open(string path, bool readOnly)
    {
        var source = path == ":memory:" ? ":memory:" : System.IO.Path.GetFullPath(path);
        var connection = new DuckDBConnection(readOnly ? $"Data Source={source};ACCESS_MODE=READ_ONLY" : $"Data Source={source}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new StoreException($"The store {source} is open for writing in another process. Close it, or open this one read-only.", e);
        }
        return new Database(connection, source, readOnly);
    }

    public DbCommand Command(string sqlFile, params (string Name, object? Value)[] parameters) =>
        CommandText(Sql.Get(sqlFile), parameters);

    public DbCommand CommandText(string text, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }

    public int Execute(string sqlFile, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sqlFile, parameters);
        return command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sqlFile, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sqlFile, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Connection.Dispose();
}

/// <summary>The store cannot be opened or is not in a state to answer.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
