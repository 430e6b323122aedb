using Multivector.Model;

namespace Multivector.Tests.Ideal;

public sealed class IdealStoreTests
{
    [Fact]
    public void A_read_only_store_from_before_ideal_points_still_profiles_without_distances()
    {
        var folder = Directory.CreateTempSubdirectory("multivector-ideal-").FullName;
        try
        {
            var path = Path.Combine(folder, "old.duckdb");
            using (var store = MultivectorStore.Open(path, empty: true)) { }
            using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
            {
                connection.Open();
                using var drop = connection.CreateCommand();
                drop.CommandText = "DROP TABLE ideal_points; DROP TABLE ideal_runs;";
                drop.ExecuteNonQuery();
            }

            using var old = MultivectorStore.Open(path, readOnly: true);
            var report = old.Profile(StateCode.Parse("KAZ"), uncertainty: new Uncertainty(Replicates: 0));

            Assert.Null(report.IdealDistances);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
