using Multivector.Model;
using Multivector.Reports;

namespace Multivector.Tests.Ideal;

public sealed class IdealStoreTests
{
    [Fact]
    public void A_run_of_an_earlier_model_is_not_shown_as_the_whole_record_so_the_dashboard_fits_again()
    {
        var folder = Directory.CreateTempSubdirectory("multivector-ideal-").FullName;
        try
        {
            var path = Path.Combine(folder, "store.duckdb");
            using var store = MultivectorStore.Open(path, empty: true);
            store.Import(Multivector.Sources.ImportFormat.Undl, Tests.Sources.BadFiles.Fixture("undl", "ga-voting-sample.csv"));
            store.IdealPoints(new IdealPointOptions { Replicates = 0 });
            var current = store.StoredIdealPoints([]);

            using (var edit = store.Db.Connection.CreateCommand())
            {
                edit.CommandText = "UPDATE ideal_runs SET settings = replace(settings, 'dynamic-ordinal-probit/2', 'dynamic-ordinal-probit/1')";
                edit.ExecuteNonQuery();
            }

            Assert.NotNull(current);
            Assert.Null(store.StoredIdealPoints([]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

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
