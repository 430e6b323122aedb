using System.Data.Common;
using DuckDB.NET.Data;

namespace Multivector.Bench;

/// <summary>The benchmark's own named SQL files (Sql/*.sql), embedded like the engine's.</summary>
internal static class BenchSql
{
    public static string Get(string name)
    {
        using var stream = typeof(BenchSql).Assembly.GetManifestResourceStream($"Multivector.Bench.Sql.{name}.sql")
            ?? throw new InvalidOperationException($"No embedded SQL file {name}.sql.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static DbCommand Command(DuckDBConnection connection, string name, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = Get(name);
        foreach (var (parameterName, value) in parameters) command.Parameters.Add(new DuckDBParameter(parameterName, value));
        return command;
    }
}
