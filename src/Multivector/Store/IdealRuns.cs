using Multivector.Ideal;
using Multivector.Model;
using Multivector.Reports;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector.Store;

/// <summary>A run as the store keeps it: its summary and every state-period position.</summary>
internal sealed record StoredRun(int RunId, PeriodKind By, bool Binary, int RollCalls, int Dropped, int Items, int Bridges, int BridgedRollCalls,
    int Iterations, bool Converged, int Replicates, double Seconds, double FitSeconds, IReadOnlyList<(StateCode State, IdealPoint Point)> Points);

/// <summary>Reads and writes ideal_runs and ideal_points through the named SQL files.</summary>
internal static class IdealRuns
{
    public static Dictionary<long, RollCallText> Texts(Database db)
    {
        var texts = new Dictionary<long, RollCallText>();
        using var command = db.Command("IdealRollCallTexts");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            texts[id] = new RollCallText(id, reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetBoolean(4), reader.GetBoolean(5));
        }
        return texts;
    }

    public static int? Find(Database db, string settings) =>
        Exist(db) ? db.Scalar<int?>("IdealRunFind", ("settings", settings)) : null;

    public static int? Latest(Database db, PeriodKind? by) =>
        Exist(db) ? db.Scalar<int?>("IdealRunLatest", ("by", by is PeriodKind b ? Label(b) : null)) : null;

    /// <summary>The model a run's settings name; <see cref="LatestWhole"/> looks only at runs of this one.</summary>
    public const string Model = "dynamic-ordinal-probit/2";

    public static int? LatestWhole(Database db) => Exist(db) ? db.Scalar<int?>("IdealRunLatestWhole", ("model", Model)) : null;

    private static bool Exist(Database db) => db.Scalar<bool>("IdealTablesExist");

    public static string Label(PeriodKind by) => by == PeriodKind.Year ? "year" : "session";

    public static StoredRun Load(Database db, int runId)
    {
        StoredRun run;
        using (var command = db.Command("IdealRunGet", ("run_id", runId)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) throw new MultivectorException($"There is no ideal-point run {runId}.");
            run = new StoredRun(reader.GetInt32(0), reader.GetString(1) == "year" ? PeriodKind.Year : PeriodKind.Session, reader.GetBoolean(2),
                reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8),
                reader.GetBoolean(9), reader.GetInt32(10), reader.GetDouble(11), reader.GetDouble(12), []);
        }
        var points = new List<(StateCode, IdealPoint)>();
        using (var command = db.Command("IdealPointsGet", ("run_id", runId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                points.Add((StateCode.Parse(reader.GetString(0)), new IdealPoint(reader.GetString(1), reader.GetDouble(2),
                    reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3), reader.IsDBNull(4) ? double.NaN : reader.GetDouble(4), reader.GetInt32(5))));
            }
        }
        return run with { Points = points };
    }

    /// <summary>Writes a run and its points in one transaction and returns the new run id.</summary>
    public static int Save(Database db, string settings, PeriodKind by, IdealData data, IdealFit fit, int replicates, double seconds, double fitSeconds,
        IReadOnlyList<(StateCode State, int PeriodIndex, IdealPoint Point)> points)
    {
        using var transaction = db.Connection.BeginTransaction();
        var runId = db.Scalar<int>("IdealRunInsert",
            ("created_at", DateTime.UtcNow), ("settings", settings), ("by_period", Label(by)),
            ("binary", !data.Problem.Ordinal), ("states", data.Problem.States), ("periods", data.Problem.Periods), ("roll_calls", data.RollCalls),
            ("dropped", data.Dropped), ("items", data.Problem.Items), ("bridges", data.Bridges), ("bridged_roll_calls", data.BridgedRollCalls),
            ("observations", (long)data.Problem.Count), ("iterations", fit.Iterations), ("converged", fit.Converged), ("replicates", replicates), ("seconds", seconds), ("fit_seconds", fitSeconds));
        using (var appender = db.Connection.CreateAppender("ideal_points"))
        {
            foreach (var (state, index, p) in points)
            {
                var row = appender.CreateRow().AppendValue(runId).AppendValue(state.Value).AppendValue(p.Period).AppendValue(index).AppendValue(p.Position);
                row = double.IsFinite(p.Low) ? row.AppendValue(p.Low) : row.AppendNullValue();
                row = double.IsFinite(p.High) ? row.AppendValue(p.High) : row.AppendNullValue();
                row.AppendValue(p.Votes).EndRow();
            }
        }
        transaction.Commit();
        return runId;
    }
}
