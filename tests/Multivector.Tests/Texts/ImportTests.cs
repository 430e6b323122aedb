using System.Text;
using Multivector.Sources;
using Multivector.Texts;

namespace Multivector.Tests.Texts;

public sealed class ImportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multivector-texts-").FullName;
    private readonly MultivectorStore _store = MultivectorStore.Open(":memory:", empty: true);

    private const string Good = "TITLE: A statement\nDATE: 2020-01-02 (signed)\nFORMAT: C5+1\nISSUERS: USA KAZ\nLANGUAGE: English\n=====\n\nWe affirm our commitment to peace. We will meet again.\n";

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private long Count() => _store.Documents(limit: 1000).Count;

    private void AssertRejected(TextFormat format, string path, string expected)
    {
        var before = Count();
        var e = Assert.Throws<ImportException>(() => _store.ImportTexts(format, path));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
        Assert.Equal(before, Count());
    }

    [Fact]
    public void A_header_file_imports_with_its_metadata_and_keeps_its_file_name_as_identifier()
    {
        var path = Write("2020-01-02_test.txt", Good);

        var result = _store.ImportTexts(TextFormat.Folder, path);
        var doc = _store.Document("2020-01-02_test");

        Assert.Equal(1, result.DocumentsAdded);
        Assert.Equal(new DateOnly(2020, 1, 2), doc.Date);
        Assert.Equal(["USA", "KAZ"], doc.Issuers);
        Assert.Equal("C5+1", doc.Format);
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("We affirm", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_in_a_statement_is_refused_with_its_line_and_column()
    {
        AssertRejected(TextFormat.Folder, Write("nul.txt", Good.Replace("to peace.", "to pe\0ace.", StringComparison.Ordinal)),
            "nul.txt, line 8: column 31 holds the control character NUL (U+0000): expected printable text");
    }

    [Fact]
    public void A_terminal_escape_in_a_statement_is_refused_not_stripped()
    {
        AssertRejected(TextFormat.Folder, Write("esc.txt", Good.Replace("We will", "\u001B]0;owned\u0007\u001B[2JWe will", StringComparison.Ordinal)),
            "esc.txt, line 8: column 36 holds the control character ESC (U+001B)");
        AssertRejected(TextFormat.JsonLines, Write("esc.jsonl", "{\"id\": \"a\", \"date\": \"2020-01-01\", \"title\": \"T\", \"text\": \"Hello \\u001b[2J world\"}\n"),
            "esc.jsonl, line 1: 'text' holds the control character ESC (U+001B) at character 7");
    }

    [Fact]
    public void A_statement_over_the_size_limit_is_refused_unless_the_limit_is_raised()
    {
        var body = string.Concat(Enumerable.Repeat("We affirm our commitment to peace and to the rule of law.\n", 20_000));
        var path = Write("long.txt", "TITLE: Long\nDATE: 2020-01-01\n=====\n" + body);

        AssertRejected(TextFormat.Folder, path, "has 1,159,999 characters, over the limit of 1,000,000");

        Assert.Equal(1, _store.ImportTexts(TextFormat.Folder, path, maxChars: 2_000_000).DocumentsAdded);
    }

    [Fact]
    public void Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var path = Write("same.txt", Good);
        _store.ImportTexts(TextFormat.Folder, path);

        var again = _store.ImportTexts(TextFormat.Folder, path);

        Assert.Equal(0, again.DocumentsAdded);
        Assert.Equal(1, again.DocumentsMatched);
        Assert.Equal(1, Count());
    }

    [Fact]
    public void A_changed_text_under_a_stored_identifier_is_refused_and_nothing_is_written()
    {
        _store.ImportTexts(TextFormat.Folder, Write("doc.txt", Good));
        var changed = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "v2")).FullName, "doc.txt");
        File.WriteAllText(changed, Good.Replace("peace", "war", StringComparison.Ordinal));

        AssertRejected(TextFormat.Folder, changed, "already stored under the same identifier");
    }

    [Fact]
    public void An_empty_text_file_is_refused() => AssertRejected(TextFormat.Folder, Write("empty.txt", ""), "empty");

    [Fact]
    public void A_text_file_without_a_header_is_refused() =>
        AssertRejected(TextFormat.Folder, Write("plain.txt", "We affirm our commitment to peace.\n"), "expected a header line");

    [Fact]
    public void A_header_without_a_date_is_refused() =>
        AssertRejected(TextFormat.Folder, Write("nodate.txt", "TITLE: x\n=====\nText.\n"), "lacks DATE");

    [Fact]
    public void A_text_file_that_is_not_utf8_is_refused_with_its_line() =>
        AssertRejected(TextFormat.Folder, WriteBytes("latin1.txt", [.. Encoding.UTF8.GetBytes("TITLE: x\nDATE: 2020-01-01\n=====\n"), 0x50, 0xE9, 0x61, 0x63, 0x65, 0x0A]), "line 4: the line is not valid UTF-8");

    [Fact]
    public void A_text_file_with_one_huge_line_is_refused_with_its_line() =>
        AssertRejected(TextFormat.Folder, Write("huge.txt", "TITLE: x\nDATE: 2020-01-01\n=====\n" + new string('a', DocumentReaders.DefaultMaxChars + 2000)), "line 4: the line is longer than");

    [Fact]
    public void One_bad_file_in_a_folder_stops_the_whole_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "mixed")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), Good);
        File.WriteAllText(Path.Combine(folder, "b.txt"), "no header here\n");

        var e = Assert.Throws<ImportException>(() => _store.ImportTexts(TextFormat.Folder, folder));

        Assert.Contains("b.txt", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count());
    }

    private const string Line1 = """{"id": "us-1", "date": "2021-01-01", "title": "One", "partners": ["KAZ"], "text": "We agree. We will meet."}""";

    [Fact]
    public void A_json_lines_corpus_imports_with_its_identifiers()
    {
        var path = Write("corpus.jsonl", Line1 + "\n" + Line1.Replace("us-1", "us-2", StringComparison.Ordinal) + "\n");

        var result = _store.ImportTexts(TextFormat.JsonLines, path, "us-joint-statements");

        Assert.Equal(2, result.DocumentsAdded);
        Assert.Equal(["USA", "KAZ"], _store.Document("us-2").Issuers);
        Assert.Null(_store.Document("us-2").Format);
    }

    [Fact]
    public void A_group_among_the_partners_names_the_format()
    {
        var path = Write("groups.jsonl", Line1.Replace("[\"KAZ\"]", "[\"KAZ\", \"C5+1\"]", StringComparison.Ordinal) + "\n"
            + Line1.Replace("us-1", "us-2", StringComparison.Ordinal).Replace("[\"KAZ\"]", "[\"EU\"]", StringComparison.Ordinal) + "\n");

        _store.ImportTexts(TextFormat.JsonLines, path);

        Assert.Equal("C5+1", _store.Document("us-1").Format);
        Assert.Equal("EU", _store.Document("us-2").Format);
    }

    [Fact]
    public void An_empty_json_lines_file_is_refused() => AssertRejected(TextFormat.JsonLines, Write("empty.jsonl", ""), "empty");

    [Fact]
    public void Malformed_json_is_refused_with_its_line() =>
        AssertRejected(TextFormat.JsonLines, Write("bad.jsonl", Line1 + "\n{\"id\": \"us-2\", \"date\": \n"), "line 2: malformed JSON");

    [Fact]
    public void A_json_object_without_its_required_fields_is_refused() =>
        AssertRejected(TextFormat.JsonLines, Write("nofield.jsonl", """{"id": "us-1", "date": "2021-01-01", "title": "One"}""" + "\n"), "lacks a string 'text'");

    [Fact]
    public void Json_lines_that_are_not_utf8_are_refused_with_their_line() =>
        AssertRejected(TextFormat.JsonLines, WriteBytes("latin1.jsonl", [.. Encoding.UTF8.GetBytes(Line1 + "\n"), 0x7B, 0xE9, 0x7D, 0x0A]), "line 2: the line is not valid UTF-8");

    [Fact]
    public void A_json_lines_file_with_one_huge_line_is_refused() =>
        AssertRejected(TextFormat.JsonLines, Write("huge.jsonl", "{\"id\": \"" + new string('x', DocumentReaders.DefaultMaxChars + 2000) + "\"}"), "line 1: the line is longer than");

    [Fact]
    public void Duplicate_identifiers_in_one_corpus_are_refused() =>
        AssertRejected(TextFormat.JsonLines, Write("dup.jsonl", Line1 + "\n" + Line1 + "\n"), "occurs more than once");

    // Two statements in the shape of the C5+X files (PARTIES, LANGUAGE, COMPLETENESS, no FORMAT or ISSUERS),
    // written for these tests, beside the documentation such a folder carries.
    private const string Delhi = "TITLE: Delhi Declaration (test)\nDATE: 2022-01-27\nPLACE: virtual\n"
        + "PARTIES: India (PM Narendra Modi); Kazakhstan (Tokayev); Kyrgyz Republic (Japarov); Tajikistan (Rahmon); Turkmenistan (Gurbanguly Berdimuhamedov); Uzbekistan (Mirziyoyev)\n"
        + "LANGUAGE: English\nCOMPLETENESS: fragments only (2 quoted passages)\n=====\n\nThe leaders agreed to hold the summit every two years. They discussed connectivity through the Chabahar port.\n";

    private const string Astana = "TITLE: Joint Statement (test)\nDATE: 2022-10-14\nPLACE: Astana, Kazakhstan\n"
        + "PARTIES: Kazakhstan (Tokayev); Kyrgyz Republic (Japarov); Russian Federation (Putin); Tajikistan (Rahmon); Turkmenistan (Serdar Berdimuhamedov); Uzbekistan (Mirziyoyev) — names per the agency\n"
        + "COMPLETENESS: partial (title + preamble)\n=====\n\nМы, президенты Республики Казахстан, Кыргызской Республики и Российской Федерации, подтверждаем стремление к сотрудничеству.\n";

    private string C5xFolder()
    {
        Write("2022-01-27_india-central-asia.txt", Delhi);
        Write("2022-10-14_russia-central-asia.txt", Astana);
        Write("SOURCES.md", "# Sources\n\n| File | Document |\n");
        Write("README.md", "Notes on this folder.\n");
        Write(".draft.txt", "not a statement");
        return _folder;
    }

    [Fact]
    public void A_c5x_folder_imports_as_it_is_with_documentation_skipped_and_listed()
    {
        var result = _store.ImportTexts(TextFormat.Folder, C5xFolder());

        Assert.Equal(2, result.DocumentsAdded);
        Assert.Equal([".draft.txt", "README.md", "SOURCES.md"], result.Skipped);
        var delhi = _store.Document("2022-01-27_india-central-asia");
        Assert.Equal(["IND", "KAZ", "KGZ", "TJK", "TKM", "UZB"], delhi.Issuers);
        Assert.Equal("C5+India", delhi.Format);
        Assert.Equal("en", delhi.Language);
        Assert.Equal("partial", delhi.Completeness);
        Assert.Equal("virtual", delhi.Place);
        var astana = _store.Document("2022-10-14_russia-central-asia");
        Assert.Equal(["KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"], astana.Issuers);
        Assert.Equal("C5+Russia", astana.Format);
        Assert.Equal("ru", astana.Language);
        Assert.Equal("Astana, Kazakhstan", astana.Place);
        var listed = Assert.Single(_store.Documents(format: "C5+India"));
        Assert.Equal(("en", "partial"), (listed.Language, listed.Completeness));
    }

    [Fact]
    public void A_statement_format_given_at_import_replaces_the_inferred_one()
    {
        _store.ImportTexts(TextFormat.Folder, C5xFolder(), statementFormat: "India-Central Asia Summit");

        Assert.Equal("India-Central Asia Summit", _store.Document("2022-01-27_india-central-asia").Format);
        Assert.Equal(2, _store.Documents(format: "India-Central Asia Summit").Count);
    }

    [Fact]
    public void A_party_the_store_does_not_know_is_refused_with_its_line() =>
        AssertRejected(TextFormat.Folder, Write("2022-01-27_atlantis.txt", Delhi.Replace("India (PM Narendra Modi)", "Atlantis (King)", StringComparison.Ordinal)),
            "2022-01-27_atlantis.txt, line 4: PARTIES names 'Atlantis', which is not a state or group the store knows");

    [Fact]
    public void A_completeness_that_is_neither_full_nor_partial_is_refused_with_its_line() =>
        AssertRejected(TextFormat.Folder, Write("2022-01-27_half.txt", Delhi.Replace("COMPLETENESS: fragments only", "COMPLETENESS: mostly", StringComparison.Ordinal)),
            "2022-01-27_half.txt, line 6: COMPLETENESS 'mostly (2 quoted passages)' is not a completeness: expected full, or partial");

    [Fact]
    public void Compare_leaves_other_languages_out_and_calls_unmatched_clauses_not_comparable_beside_a_partial_text()
    {
        Write("2020-01-02_full.txt", Good.Replace("FORMAT: C5+1\n", "COMPLETENESS: full\n", StringComparison.Ordinal)
            .Replace("We will meet again.", "We will meet again. We support the Chabahar port.", StringComparison.Ordinal));
        _store.ImportTexts(TextFormat.Folder, C5xFolder());

        var report = _store.Compare(["2020-01-02_full", "2022-01-27_india-central-asia", "2022-10-14_russia-central-asia"], semantic: false);

        Assert.Equal("en", report.Language);
        var full = report.Sides[0];
        Assert.Equal(3, full.Clauses.Count);
        Assert.Equal(0, full.Spin);
        Assert.Equal(full.Clauses.Count(c => c.Matches.Count == 0), full.NotComparable);
        Assert.True(full.NotComparable >= 2, $"{full.NotComparable} not comparable");
        var russian = report.Sides[2];
        Assert.All(russian.Clauses, c => Assert.Equal(ClauseRole.NotCompared, c.Role));
        Assert.All(russian.Clauses, c => Assert.Empty(c.Matches));
        Assert.Equal(0, russian.Comparable);
        Assert.Contains("2022-10-14_russia-central-asia: 1 Russian clause not compared: no cross-language model.", report.LeftOut);
        Assert.DoesNotContain(report.Sides.SelectMany(s => s.Clauses).SelectMany(c => c.Matches), m => m.Document == "2022-10-14_russia-central-asia");
    }

    [Fact]
    public void Between_full_texts_an_unmatched_clause_is_still_spin()
    {
        Write("2020-01-02_full.txt", Good.Replace("FORMAT: C5+1\n", "COMPLETENESS: full\n", StringComparison.Ordinal));
        Write("2020-01-03_other.txt", Good.Replace("FORMAT: C5+1\n", "COMPLETENESS: full\n", StringComparison.Ordinal)
            .Replace("DATE: 2020-01-02", "DATE: 2020-01-03", StringComparison.Ordinal).Replace("We will meet again.", "Trade across the Caspian Sea will grow.", StringComparison.Ordinal));
        _store.ImportTexts(TextFormat.Folder, _folder);

        var report = _store.Compare(["2020-01-02_full", "2020-01-03_other"], semantic: false);

        Assert.Equal([ClauseRole.Core, ClauseRole.Spin], report.Sides[0].Clauses.Select(c => c.Role));
        Assert.Equal(0, report.Sides[0].NotComparable);
        Assert.Empty(report.LeftOut);
        Assert.Equal(1.0, report.Sides[0].Comparable);
    }

    [Fact]
    public void Framing_quotes_markers_and_corridors_from_clauses_and_never_from_editorial_notes()
    {
        Write("2022-01-27_india-central-asia.txt", Delhi.Replace("the Chabahar port.\n", "the Chabahar port. They condemned terrorism.\n\n[Note: the agency also mentioned the Middle Corridor.]\n", StringComparison.Ordinal));

        _store.ImportTexts(TextFormat.Folder, _folder);
        var report = _store.Framing(["2022-01-27_india-central-asia"]);

        var d = Assert.Single(report.Documents);
        Assert.Equal(Framing.Version, report.LexiconVersion);
        var chabahar = Assert.Single(d.Corridors);
        Assert.Equal("chabahar", chabahar.Corridor);
        Assert.Contains("IND", chabahar.Toward);
        var hit = Assert.Single(chabahar.Hits);
        Assert.Equal("Chabahar", hit.Quote);
        Assert.Equal("Chabahar", _store.Document("2022-01-27_india-central-asia").Text.Substring(hit.Start, hit.Length));
        var terrorism = Assert.Single(d.Counts);
        Assert.Equal(("security-cooperation", 1), (terrorism.Marker, terrorism.Hits));
        Assert.Equal(Math.Round(1000.0 / d.Words, 2), terrorism.Per1000Words);
        Assert.DoesNotContain(d.Corridors, c => c.Corridor == "middle-corridor");
    }

    [Theory]
    [InlineData("We affirm our commitment to peace.", "en")]
    [InlineData("Стороны подтверждают приверженность миру.", "ru")]
    [InlineData("各方重申致力于和平。", "zh")]
    [InlineData("12 345 — 2023", null)]
    public void Without_a_language_line_the_script_says(string text, string? language) =>
        Assert.Equal(language, Languages.Detect(text));

    [Fact]
    public void A_store_from_before_statements_says_how_to_add_them()
    {
        using (var drop = _store.Db.CommandText("DROP TABLE documents")) drop.ExecuteNonQuery();

        var e = Assert.Throws<Multivector.MultivectorException>(() => _store.Document("x"));

        Assert.Contains("built before statements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_from_before_place_and_completeness_is_refused_read_only_and_upgraded_by_a_writable_open()
    {
        var path = Path.Combine(_folder, "old.duckdb");
        using (var old = MultivectorStore.Open(path, empty: true))
        {
            old.ImportTexts(TextFormat.Folder, Write("2020-01-02_test.txt", Good));
            foreach (var column in new[] { "place", "completeness", "retrieved_at" })
                using (var drop = old.Db.CommandText($"ALTER TABLE documents DROP COLUMN {column}")) drop.ExecuteNonQuery();
            old.Db.Publish();
        }

        using (var reading = MultivectorStore.Open(path, readOnly: true))
        {
            var e = Assert.Throws<Multivector.MultivectorException>(() => reading.Documents());
            Assert.Contains("Open it for writing once", e.Message, StringComparison.Ordinal);
        }
        MultivectorStore.Open(path).Dispose();
        using var upgraded = MultivectorStore.Open(path, readOnly: true);

        var document = upgraded.Document("2020-01-02_test");
        Assert.Null(document.Completeness);
        Assert.StartsWith("We affirm", document.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
