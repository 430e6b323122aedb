using DuckDB.NET.Data;
using Multivector.Sources;

namespace Multivector.Store;

/// <summary>What an import did. Nothing is recorded when a file brings nothing new.</summary>
public sealed record ImportResult(
    string Format,
    IReadOnlyList<string> Files,
    int RollCallsRead,
    long VotesRead,
    int RollCallsAdded,
    int RollCallsMatched,
    long VotesAdded,
    int? ImportId)
{
    /// <summary>Records of the input that failed their checks and were left out (MARCXML answers only).</summary>
    public IReadOnlyList<SkippedRecord> Skipped { get; init; } = [];

    /// <summary>With a dry run: the roll calls the import would add, by symbol and date; nothing was written.</summary>
    public IReadOnlyList<PlannedRollCall> WouldAdd { get; init; } = [];
}

public sealed record PlannedRollCall(long SourceId, string? Symbol, DateOnly Date, string Title);

/// <summary>
/// Takes a validated <see cref="ImportBatch"/> into the store: staging tables first (outside any
/// transaction), then one transaction that adds what the store lacks. Either all of it lands or none.
/// </summary>
internal static class Ingest
{
    public static ImportResult Apply(Database db, ImportBatch batch, string? version, IProgress<double>? progress = null, bool dryRun = false) =>
        Staging.Run(db, "Staging", batch.Files[0], () =>
        {
            Stage(db.Connection, batch, progress);
            db.Execute("IngestPlan", ("source", batch.Source));
            long added, matched, votes, clashes;
            using (var command = db.Command("IngestCounts"))
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (added, matched, votes, clashes) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
            }
            if (clashes > 0) throw new MultivectorException($"{clashes} new roll calls would take rcids the store already uses; nothing was imported.");
            if (dryRun)
            {
                var planned = new List<PlannedRollCall>();
                using (var command = db.Command("IngestPlannedNew"))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                        planned.Add(new PlannedRollCall(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), DateOnly.FromDateTime(reader.GetDateTime(2)), reader.GetString(3)));
                }
                return new ImportResult(batch.Format, batch.Files, batch.RollCalls.Count, batch.Votes.Count, (int)added, (int)matched, 0, null) { WouldAdd = planned };
            }
            int? importId = added == 0 ? null : Staging.Commit(db, () =>
            {
                var id = db.Scalar<int>("ImportRecord",
                    ("format", batch.Format), ("source", batch.Source),
                    ("files", string.Join(";", batch.Files.Select(Path.GetFileName))),
                    ("sha256", Staging.Sha256(batch.Files[0])), ("version", version),
                    ("imported_at", DateTime.UtcNow), ("added", (int)added), ("matched", (int)matched), ("votes", votes));
                db.Execute("IngestApply", ("source", batch.Source), ("import_id", id));
                return id;
            });
            return new ImportResult(batch.Format, batch.Files, batch.RollCalls.Count, batch.Votes.Count, (int)added, (int)matched, added > 0 ? votes : 0, importId);
        });

    private static void Stage(DuckDBConnection connection, ImportBatch batch, IProgress<double>? progress)
    {
        using (var appender = connection.CreateAppender("incoming_roll_calls"))
        {
            var ord = 0;
            foreach (var r in batch.RollCalls)
            {
                appender.CreateRow()
                    .AppendValue(r.SourceId).AppendValue(r.Session).AppendValue((DateOnly?)r.Date)
                    .AppendValue(r.Symbol).AppendValue(Symbols.Key(r.Symbol)).AppendValue(r.Title).AppendValue(r.Description)
                    .AppendValue(r.IsAmendment).AppendValue(r.IsParagraph).AppendValue(r.IsImportant)
                    .AppendValue(r.Official?.Yes).AppendValue(r.Official?.No).AppendValue(r.Official?.Abstain).AppendValue(r.Official?.NonVoting)
                    .AppendValue(ord++)
                    .EndRow();
            }
        }
        using (var appender = connection.CreateAppender("incoming_issues"))
        {
            foreach (var (id, issue) in batch.Issues)
                appender.CreateRow().AppendValue(id).AppendValue(Model.IssueCodes.Code(issue)).EndRow();
        }
        using (var appender = connection.CreateAppender("incoming_states"))
        {
            var codes = batch.Votes.Codes;
            for (var n = 0; n < codes.Count; n++) appender.CreateRow().AppendValue((short)n).AppendValue(codes[n]).EndRow();
        }
        using (var appender = connection.CreateAppender("incoming_vote_numbers"))
        {
            var rollCalls = batch.Votes.RollCalls;
            var states = batch.Votes.StateNumbers;
            var values = batch.Votes.Values;
            for (var i = 0; i < rollCalls.Length; i++)
            {
                appender.CreateRow().AppendValue(rollCalls[i]).AppendValue(states[i]).AppendValue(values[i]).EndRow();
                if ((i & 0x1FFFF) == 0) progress?.Report((double)i / rollCalls.Length);
            }
        }
        progress?.Report(1);
    }
}
