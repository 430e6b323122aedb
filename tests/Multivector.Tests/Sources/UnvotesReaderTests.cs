using Multivector.Sources;

namespace Multivector.Tests.Sources;

/// <summary>
/// The unvotes triple, spoiled one file at a time. The base is Fixtures/unvotes (three roll calls, 20 votes);
/// the real triple is imported by every store the tests build, so it is known to be accepted.
/// </summary>
public sealed class UnvotesReaderTests(BundledCopy bundled) : IClassFixture<BundledCopy>, IDisposable
{
    private const string Votes = "un_votes.csv";
    private const string RollCalls = "un_roll_calls.csv";
    private static readonly string VotesText = BadFiles.Text("unvotes", Votes);
    private static readonly string RollCallsText = BadFiles.Text("unvotes", RollCalls);
    private readonly BadFiles _bad = new();

    public void Dispose() => _bad.Dispose();

    /// <summary>Copies the triple, replaces one file with <paramref name="text"/>, and expects the import to be refused.</summary>
    private ImportException Rejects(string file, string text, long? line, params string[] says) =>
        RejectsBytes(file, System.Text.Encoding.UTF8.GetBytes(text), line, says);

    private ImportException RejectsBytes(string file, byte[] bytes, long? line, params string[] says)
    {
        var folder = _bad.CopyFolder("unvotes");
        File.WriteAllBytes(Path.Combine(folder, file), bytes);
        return Rejected.Import(bundled.Store, ImportFormat.Unvotes, folder, file, line, says);
    }

    [Fact]
    public void The_small_triple_imports_into_an_empty_store()
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_bad.Folder));

        var result = store.Import(ImportFormat.Unvotes, BadFiles.Fixture("unvotes"));

        Assert.Equal((3, 20L, 3, 20L), (result.RollCallsRead, result.VotesRead, result.RollCallsAdded, result.VotesAdded));
    }

    [Fact]
    public void An_empty_votes_file_is_refused() =>
        Rejects(Votes, "", null, "the file is empty");

    [Fact]
    public void A_votes_file_with_only_its_header_is_refused() =>
        Rejects(Votes, VotesText[..(VotesText.IndexOf('\n') + 1)], 2, "no votes");

    [Fact]
    public void A_roll_calls_header_missing_a_column_is_refused() =>
        Rejects(RollCalls, BadFiles.Replace(RollCallsText, "\"unres\"", "\"resolution\""), 1, "lacks 'unres'");

    [Fact]
    public void A_truncated_gzip_votes_file_is_refused()
    {
        var folder = _bad.CopyFolder("unvotes");
        File.Delete(Path.Combine(folder, Votes));
        _bad.TruncatedGzip(Votes + ".gz", VotesText);
        Rejected.Import(bundled.Store, ImportFormat.Unvotes, folder, Votes + ".gz", null, "gzip");
    }

    [Fact]
    public void A_votes_file_cut_in_the_middle_of_a_row_is_refused()
    {
        var cut = VotesText[..(VotesText.IndexOf("5309,\"Uzbekistan\",\"UZ\"", StringComparison.Ordinal) + 22)];
        Rejects(Votes, cut, BadFiles.LineOf(VotesText, "5309,\"Uzbekistan\""), "3 fields where the header has 4");
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_their_line()
    {
        var text = BadFiles.Replace(RollCallsText, "\"Conventional-weapon disarmament\"", "\"Désarmement classique\"");
        RejectsBytes(RollCalls, System.Text.Encoding.Latin1.GetBytes(text), BadFiles.LineOf(text, "3000,"), "not UTF-8");
    }

    [Fact]
    public void A_row_with_too_many_fields_is_refused() =>
        Rejects(Votes, BadFiles.Replace(VotesText, "5308,\"China\",\"CN\",\"yes\"", "5308,\"China\",\"CN\",\"yes\",1"), BadFiles.LineOf(VotesText, "5308,\"China\""),
            "5 fields where the header has 4");

    [Fact]
    public void An_unknown_vote_code_is_refused() =>
        Rejects(Votes, BadFiles.Replace(VotesText, "3000,\"Russia\",\"RU\",\"yes\"", "3000,\"Russia\",\"RU\",\"absent\""), 3,
            "column 'vote' is 'absent'", "yes, no or abstain");

    [Fact]
    public void An_unknown_state_is_refused() =>
        Rejects(Votes, BadFiles.Replace(VotesText, "5309,\"Ukraine\",\"UA\"", "5309,\"Atlantis\",\"XA\""), BadFiles.LineOf(VotesText, "5309,\"Ukraine\""),
            "unknown state 'Atlantis' (code 'XA')");

    [Fact]
    public void A_bad_date_is_refused() =>
        Rejects(RollCalls, BadFiles.Replace(RollCallsText, "\"2013-12-27\"", "\"2013-12-32\""), 3, "column 'date' is '2013-12-32'", "YYYY-MM-DD");

    [Fact]
    public void A_bad_number_is_refused() =>
        Rejects(RollCalls, BadFiles.Replace(RollCallsText, "5309,68,", "5309,6B,"), 4, "column 'session' is '6B'", "whole number");

    [Fact]
    public void A_state_voting_twice_on_a_roll_call_is_refused_naming_both_lines()
    {
        // "Federal Republic of Germany" and "Germany" are both DEU.
        var text = VotesText + "3000,\"Germany\",\"DE\",\"no\"\n";
        Rejects(Votes, text, text.Count('\n'), "DEU votes twice on roll call 3000", $"also on line {BadFiles.LineOf(text, "Federal Republic")}");
    }

    [Fact]
    public void A_huge_line_without_a_break_is_refused_without_reading_it_all()
    {
        var folder = _bad.CopyFolder("unvotes");
        File.Delete(Path.Combine(folder, Votes));
        _bad.HugeLastLine(Votes, VotesText);
        Rejected.Import(bundled.Store, ImportFormat.Unvotes, folder, Votes, VotesText.Count('\n') + 1, "longer than 1,048,576 characters");
    }
}
