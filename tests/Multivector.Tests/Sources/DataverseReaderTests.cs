using Multivector.Sources;

namespace Multivector.Tests.Sources;

public sealed class DataverseReaderTests(BundledCopy bundled) : IClassFixture<BundledCopy>, IDisposable
{
    private const string File = "UNVotes-sample.csv";
    private static readonly string Sample = BadFiles.Text("dataverse", File);
    private readonly BadFiles _bad = new();

    public void Dispose() => _bad.Dispose();

    private ImportException Rejects(string path, long? line, params string[] says) =>
        Rejected.Import(bundled.Store, ImportFormat.Dataverse, path, Path.GetFileName(path), line, says);

    private ImportException RejectsEdit(string old, string replacement, long? line, params string[] says) =>
        Rejects(_bad.Write(File, BadFiles.Replace(Sample, old, replacement)), line, says);

    // Happy paths

    [Fact]
    public void The_sample_fills_an_empty_store_with_its_roll_calls_votes_and_tallies()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        var result = store.Import(ImportFormat.Dataverse, BadFiles.Fixture("dataverse", File));

        Assert.Equal((3, 22L, 3, 0, 22L), (result.RollCallsRead, result.VotesRead, result.RollCallsAdded, result.RollCallsMatched, result.VotesAdded));
        Assert.Equal("A/RES/68/262|68|2014-03-27|100|11|58|", StoreQuery.Row(store, "SELECT symbol, session, date, official_yes, official_no, official_abstain, official_non_voting FROM roll_calls WHERE rcid = 5309"));
        Assert.Equal("A/RES/41/59 G|41|1986-12-04|150|0|2|", StoreQuery.Row(store, "SELECT symbol, session, date, official_yes, official_no, official_abstain, official_non_voting FROM roll_calls WHERE rcid = 3000"));
        Assert.Equal("3000:di,5308:hr", StoreQuery.Row(store, "SELECT string_agg(rcid || ':' || issue, ',' ORDER BY rcid) FROM roll_call_issues"));
    }

    [Fact]
    public void Absences_are_stored_and_non_member_rows_are_skipped()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        store.Import(ImportFormat.Dataverse, BadFiles.Fixture("dataverse", File));

        Assert.Equal("5308:KGZ,5309:KGZ", StoreQuery.Row(store, "SELECT string_agg(rcid || ':' || state, ',' ORDER BY rcid) FROM votes WHERE vote = 8"));
        Assert.Equal("0", StoreQuery.Row(store, "SELECT count(*) FROM votes WHERE vote = 9 OR (rcid = 3000 AND state IN ('KAZ', 'KGZ'))"));
        // COW 260 (the Federal Republic) is an alias of DEU, as is 255 (Germany).
        Assert.Equal("3000:1,5308:1,5309:1", StoreQuery.Row(store, "SELECT string_agg(rcid || ':' || vote, ',' ORDER BY rcid) FROM votes WHERE state = 'DEU'"));
    }

    [Fact]
    public void Importing_the_sample_twice_adds_nothing_the_second_time()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        store.Import(ImportFormat.Dataverse, BadFiles.Fixture("dataverse", File));
        var before = StoreFingerprint.Of(store);

        var again = store.Import(ImportFormat.Dataverse, BadFiles.Fixture("dataverse", File));

        Assert.Equal((0, 3, 0L, null), (again.RollCallsAdded, again.RollCallsMatched, again.VotesAdded, again.ImportId));
        Assert.Equal(before, StoreFingerprint.Of(store));
    }

    [Fact]
    public void The_sample_adds_nothing_to_the_bundled_store_because_both_are_Voeten_rcids()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfBundled(_bad.Folder));
        var before = StoreFingerprint.Of(store);

        var result = store.Import(ImportFormat.Dataverse, BadFiles.Fixture("dataverse", File));

        Assert.Equal((0, 3, 0L), (result.RollCallsAdded, result.RollCallsMatched, result.VotesAdded));
        Assert.Equal(before, StoreFingerprint.Of(store));
    }

    // Bad input: each leaves the shared store as it was (checked by Rejected.Import).

    [Fact]
    public void An_empty_file_is_refused() =>
        Rejects(_bad.Write(File, ""), null, "the file is empty");

    [Fact]
    public void A_header_without_rows_is_refused() =>
        Rejects(_bad.Write(File, Sample[..(Sample.IndexOf('\n') + 1)]), 2, "no rows");

    [Fact]
    public void A_header_missing_a_column_is_refused() =>
        RejectsEdit("\"ccode\",", "\"cowcode\",", 1, "lacks 'ccode'", "found rcid,cowcode,member");

    [Fact]
    public void A_file_without_its_header_line_is_refused() =>
        Rejects(_bad.Write(File, Sample[(Sample.IndexOf('\n') + 1)..]), 1, "could not read a CSV header", "expected a header line naming the columns rcid,ccode,");

    [Fact]
    public void A_truncated_gzip_file_is_refused() =>
        Rejects(_bad.TruncatedGzip(File + ".gz", Sample), null, "gzip");

    [Fact]
    public void A_file_cut_in_the_middle_of_a_row_is_refused()
    {
        var cut = Sample[..Sample.IndexOf(",\"R/68/241\"", StringComparison.Ordinal)];
        Rejects(_bad.Write(File, cut), BadFiles.LineOf(Sample, "\"R/68/241\""), "13 fields where the header has 24");
    }

    [Fact]
    public void A_file_cut_inside_a_quoted_field_is_refused()
    {
        var cut = Sample[..(Sample.IndexOf("\"Conventional-weapon", StringComparison.Ordinal) + 5)];
        Rejects(_bad.Write(File, cut), 2, "quoted field is not closed");
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_their_line()
    {
        var text = BadFiles.Replace(Sample, "\"Ukraine\",1986", "\"Ukraïne\",1986");
        Rejects(_bad.WriteBytes(File, System.Text.Encoding.Latin1.GetBytes(text)), BadFiles.LineOf(text, "Ukraïne"), "not UTF-8");
    }

    [Fact]
    public void A_row_with_too_many_fields_is_refused() =>
        RejectsEdit("0,0,0,1,0,0\n5308,365", "0,0,0,1,0,0,1\n5308,365", BadFiles.LineOf(Sample, "0,0,0,1,0,0\n5308,365"), "25 fields where the header has 24");

    [Fact]
    public void An_unknown_vote_code_is_refused() =>
        RejectsEdit("3000,365,1,1,", "3000,365,1,4,", 3, "column 'vote' is '4'", "1 (yes), 2 (abstain), 3 (no), 8 (absent) or 9 (not a member)");

    [Fact]
    public void An_unknown_state_is_refused() =>
        RejectsEdit("5309,2,1,1,", "5309,999,1,1,", BadFiles.LineOf(Sample, "5309,2,1,1,"), "ccode 999", "Correlates of War code");

    [Fact]
    public void A_bad_date_is_refused()
    {
        var text = BadFiles.Replace(Sample, "5309,2,1,1,\"USA\",\"United States of America\",2014,68,58,100,11,0,\"2014-03-27\"",
            "5309,2,1,1,\"USA\",\"United States of America\",2014,68,58,100,11,0,\"27/03/2014\"");
        Rejects(_bad.Write(File, text), BadFiles.LineOf(text, "27/03/2014"), "column 'date' is '27/03/2014'", "YYYY-MM-DD");
    }

    [Fact]
    public void A_bad_number_is_refused() =>
        RejectsEdit("3000,2,1,2,\"USA\",\"United States of America\",1986,41,", "3000,2,1,2,\"USA\",\"United States of America\",1986,4l,", 2,
            "column 'session' is '4l'", "whole number");

    [Fact]
    public void A_state_voting_twice_on_a_roll_call_is_refused_naming_both_lines()
    {
        // COW 260 and 255 are both Germany: two rows for one state.
        var frg = "5309,260,1,1,\"GFR\",\"German Federal Republic\",2014,68,58,100,11,0,\"2014-03-27\",\"R/68/262\",0,0,\"ARMED CONFLICTS PREVENTION--MEDIATION\",\"Territorial integrity of Ukraine : resolution / adopted by the General Assembly\",0,0,0,0,0,0\n";
        var text = Sample + frg;
        Rejects(_bad.Write(File, text), BadFiles.LineOf(text, "5309,260"), "DEU votes twice on rcid 5309", $"also on line {BadFiles.LineOf(text, "5309,255")}");
    }

    [Fact]
    public void Rows_of_one_roll_call_that_disagree_are_refused_naming_both_lines() =>
        RejectsEdit("5309,365,1,3,\"RUS\",\"Russia\",2014,68,58,100,11,0,\"2014-03-27\"", "5309,365,1,3,\"RUS\",\"Russia\",2014,68,58,100,11,0,\"2014-03-28\"",
            BadFiles.LineOf(Sample, "5309,365"), "rcid 5309 has '2014-03-28' in column 'date' but '2014-03-27' on line " + BadFiles.LineOf(Sample, "5309,2,"));

    [Fact]
    public void A_huge_line_without_a_break_is_refused_without_reading_it_all() =>
        Rejects(_bad.HugeLastLine(File, Sample), Sample.Count('\n') + 1, "longer than 1,048,576 characters");
}
