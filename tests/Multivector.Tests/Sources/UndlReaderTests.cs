using Multivector.Sources;

namespace Multivector.Tests.Sources;

public sealed class UndlReaderTests(BundledCopy bundled) : IClassFixture<BundledCopy>, IDisposable
{
    private const string File = "ga-voting-sample.csv";
    private static readonly string Sample = BadFiles.Text("undl", File);
    private readonly BadFiles _bad = new();

    public void Dispose() => _bad.Dispose();

    private ImportException Rejects(string path, long? line, params string[] says) =>
        Rejected.Import(bundled.Store, ImportFormat.Undl, path, Path.GetFileName(path), line, says);

    private ImportException RejectsEdit(string old, string replacement, long? line, params string[] says) =>
        Rejects(_bad.Write(File, BadFiles.Replace(Sample, old, replacement)), line, says);

    // Happy paths

    [Fact]
    public void The_sample_adds_to_a_voeten_store_only_the_resolutions_Voeten_lacks()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfVoetenOnly(_bad.Folder));

        var result = store.Import(ImportFormat.Undl, BadFiles.Fixture("undl", File));

        // Four resolutions, 38 rows, one with no vote recorded; A/RES/68/262 is Voeten's rcid 5309.
        Assert.Equal((4, 37L, 3, 1, 28L), (result.RollCallsRead, result.VotesRead, result.RollCallsAdded, result.RollCallsMatched, result.VotesAdded));
        Assert.Equal("5309|voeten", StoreQuery.Row(store, "SELECT string_agg(rcid::VARCHAR, ','), string_agg(source, ',') FROM roll_calls WHERE symbol_key = 'A/RES/68/262'"));
        Assert.Equal("3|100000001|100000003", StoreQuery.Row(store, "SELECT count(*), min(rcid), max(rcid) FROM roll_calls WHERE source = 'undl'"));
    }

    [Fact]
    public void Importing_the_sample_twice_adds_nothing_the_second_time()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfBundled(_bad.Folder));
        store.Import(ImportFormat.Undl, BadFiles.Fixture("undl", File));
        var before = StoreFingerprint.Of(store);

        var again = store.Import(ImportFormat.Undl, BadFiles.Fixture("undl", File));

        Assert.Equal((0, 4, 0L, null), (again.RollCallsAdded, again.RollCallsMatched, again.VotesAdded, again.ImportId));
        Assert.Equal(before, StoreFingerprint.Of(store));
    }

    [Fact]
    public void Special_sessions_take_the_regular_session_of_their_date_and_keep_the_official_tally()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        store.Import(ImportFormat.Undl, BadFiles.Fixture("undl", File));

        const string Sql = "SELECT symbol, session, date, official_yes, official_no, official_abstain, official_non_voting, amendment, paragraph, important FROM roll_calls WHERE symbol = ";
        Assert.Equal("A/RES/68/262|68|2014-03-27|100|11|58|24|False|False|", StoreQuery.Row(store, Sql + "'A/RES/68/262'"));
        Assert.Equal("A/RES/ES-11/1|76|2022-03-02|141|5|35|12|False|False|", StoreQuery.Row(store, Sql + "'A/RES/ES-11/1'"));
        Assert.Equal("A/RES/ES-11/4|77|2022-10-12|143|5|35|10|False|False|", StoreQuery.Row(store, Sql + "'A/RES/ES-11/4'"));
        Assert.Equal("A/RES/ES-11/7|79|2025-02-24|93|18|65|17|False|False|", StoreQuery.Row(store, Sql + "'A/RES/ES-11/7'"));
    }

    [Fact]
    public void Non_voting_is_stored_as_absent_and_an_empty_vote_as_no_row()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        store.Import(ImportFormat.Undl, BadFiles.Fixture("undl", File));

        Assert.Equal("TKM:8,UZB:8,KAZ:2,USA:1,RUS:3",
            StoreQuery.Row(store, """
                SELECT string_agg(v.state || ':' || v.vote, ',' ORDER BY array_position(['TKM', 'UZB', 'KAZ', 'USA', 'RUS'], v.state))
                FROM votes v JOIN roll_calls r USING (rcid)
                WHERE r.symbol = 'A/RES/ES-11/1' AND v.state IN ('TKM', 'UZB', 'KAZ', 'USA', 'RUS')
                """));
        Assert.Equal("0", StoreQuery.Row(store, "SELECT count(*) FROM votes WHERE state = 'VEN'"));
    }

    [Fact]
    public void Version_1_non_voting_NV_is_read_as_absent()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        var path = _bad.Write(File, BadFiles.Replace(Sample, "9000002,TKM,TURKMENISTAN,X,", "9000002,TKM,TURKMENISTAN,NV,"));

        store.Import(ImportFormat.Undl, path);

        Assert.Equal("8", StoreQuery.Row(store, "SELECT vote FROM votes JOIN roll_calls USING (rcid) WHERE symbol = 'A/RES/ES-11/1' AND state = 'TKM'"));
    }

    [Fact]
    public void A_resolution_imported_from_Dataverse_is_matched_by_symbol_and_date()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));
        store.Import(ImportFormat.Dataverse, BadFiles.Fixture("dataverse", "UNVotes-sample.csv"));

        var result = store.Import(ImportFormat.Undl, BadFiles.Fixture("undl", File));

        Assert.Equal((3, 1), (result.RollCallsAdded, result.RollCallsMatched));
        Assert.Equal("1", StoreQuery.Row(store, "SELECT count(*) FROM roll_calls WHERE symbol_key = 'A/RES/68/262'"));
    }

    [Theory]
    [InlineData("1946-01-10", 1)]
    [InlineData("1947-04-28", 1)]
    [InlineData("1956-11-04", 11)]
    [InlineData("2022-03-02", 76)]
    [InlineData("2022-08-31", 76)]
    [InlineData("2022-09-01", 77)]
    [InlineData("2025-02-24", 79)]
    public void A_special_session_vote_falls_in_the_regular_session_that_opened_the_September_before(string date, int session) =>
        Assert.Equal(session, UndlReader.RegularSession(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    // Bad input: each leaves the shared store as it was (checked by Rejected.Import).

    [Fact]
    public void An_empty_file_is_refused() =>
        Rejects(_bad.Write(File, ""), null, "the file is empty");

    [Fact]
    public void A_header_without_rows_is_refused() =>
        Rejects(_bad.Write(File, Sample[..(Sample.IndexOf('\n') + 1)]), 2, "no rows");

    [Fact]
    public void A_header_missing_a_column_is_refused() =>
        RejectsEdit("ms_name,ms_vote,", "ms_name,vote,", 1, "lacks 'ms_vote'", "found undl_id,ms_code,ms_name,vote");

    [Fact]
    public void A_truncated_gzip_file_is_refused() =>
        Rejects(_bad.TruncatedGzip(File + ".gz", Sample), null, "gzip");

    [Fact]
    public void A_file_cut_in_the_middle_of_a_row_is_refused()
    {
        var cut = Sample[..Sample.IndexOf(",A/RES/ES-11/4", StringComparison.Ordinal)];
        Rejects(_bad.Write(File, cut), BadFiles.LineOf(Sample, ",A/RES/ES-11/4"), "6 fields where the header has 20");
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_their_line()
    {
        var text = BadFiles.Replace(Sample, "9000002,KAZ,KAZAKHSTAN,", "9000002,KAZ,KAZAJSTÁN,");
        Rejects(_bad.WriteBytes(File, System.Text.Encoding.Latin1.GetBytes(text)), BadFiles.LineOf(text, "9000002,KAZ"), "not UTF-8");
    }

    [Fact]
    public void A_row_with_too_many_fields_is_refused() =>
        RejectsEdit("/record/9000003\n9000004", "/record/9000003,extra\n9000004", BadFiles.LineOf(Sample, "/record/9000003\n9000004"), "21 fields where the header has 20");

    [Fact]
    public void An_unknown_vote_code_is_refused() =>
        RejectsEdit("9000001,KGZ,KYRGYZSTAN,X,", "9000001,KGZ,KYRGYZSTAN,Absent,", BadFiles.LineOf(Sample, "9000001,KGZ"),
            "column 'ms_vote' is 'Absent'", "Y, N, A, X or NV");

    [Fact]
    public void An_unknown_state_is_refused() =>
        RejectsEdit("9000002,BLR,BELARUS,", "9000002,BYS,BYELORUSSIAN SSR,", BadFiles.LineOf(Sample, "9000002,BLR"),
            "ms_code 'BYS' (ms_name 'BYELORUSSIAN SSR')", "undl alias");

    [Fact]
    public void A_bad_date_is_refused() =>
        RejectsEdit("9000002,USA,UNITED STATES,Y,2022-03-02,", "9000002,USA,UNITED STATES,Y,2 March 2022,", BadFiles.LineOf(Sample, "9000002,USA"),
            "column 'date' is '2 March 2022'", "YYYY-MM-DD");

    [Fact]
    public void A_bad_count_is_refused() =>
        Rejects(_bad.Write(File, BadFiles.EditLine(Sample, "9000002,USA,", ",141,5,35,12,", ",14l,5,35,12,")), BadFiles.LineOf(Sample, "9000002,USA"),
            "column 'total_yes' is '14l'", "a count");

    [Fact]
    public void A_session_that_is_neither_a_number_nor_a_special_session_is_refused() =>
        RejectsEdit("9000003,USA,UNITED STATES,Y,2022-10-12,ES-11,", "9000003,USA,UNITED STATES,Y,2022-10-12,eleventh emergency,", BadFiles.LineOf(Sample, "9000003,USA"),
            "column 'session' is 'eleventh emergency'", "such as 79, or a special session such as ES-11");

    [Fact]
    public void A_state_voting_twice_on_a_resolution_is_refused_naming_both_lines()
    {
        var first = Sample.Split('\n').First(l => l.StartsWith("9000004,USA,", StringComparison.Ordinal));
        var text = Sample + first.Replace(",N,", ",Y,", StringComparison.Ordinal) + "\n";
        Rejects(_bad.Write(File, text), text.Count('\n'), "USA votes twice on undl_id 9000004", $"also on line {BadFiles.LineOf(text, "9000004,USA")}");
    }

    [Fact]
    public void Rows_of_one_resolution_that_disagree_are_refused_naming_both_lines() =>
        RejectsEdit("9000003,RUS,RUSSIAN FEDERATION,N,2022-10-12,ES-11,A/RES/ES-11/4,", "9000003,RUS,RUSSIAN FEDERATION,N,2022-10-12,ES-11,A/RES/ES-11/5,",
            BadFiles.LineOf(Sample, "9000003,RUS"), $"undl_id 9000003 has 'A/RES/ES-11/5' in column 'resolution' but 'A/RES/ES-11/4' on line {BadFiles.LineOf(Sample, "9000003,USA")}");

    [Fact]
    public void A_huge_line_without_a_break_is_refused_without_reading_it_all() =>
        Rejects(_bad.HugeLastLine(File, Sample), Sample.Count('\n') + 1, "longer than 1,048,576 characters");
}
