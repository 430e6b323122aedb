using System.Text;
using Multivector.Sources;

namespace Multivector.Tests.Sources;

/// <summary>
/// What spreadsheets write (trailing blank lines, whitespace-only last lines, trailing commas, UTF-16) is
/// read as the clean file would be; values out of range are refused with their file, line and bound.
/// </summary>
public sealed class SpreadsheetAndRangeTests(BundledCopy bundled) : IClassFixture<BundledCopy>, IDisposable
{
    private readonly BadFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string> Layouts => new()
    {
        { "undl", "blank-lines" }, { "undl", "whitespace-line" }, { "undl", "trailing-commas" }, { "undl", "header-commas" }, { "undl", "utf16" },
        { "dataverse", "blank-lines" }, { "dataverse", "whitespace-line" }, { "dataverse", "trailing-commas" }, { "dataverse", "header-commas" }, { "dataverse", "utf16" },
        { "unvotes", "blank-lines" }, { "unvotes", "whitespace-line" }, { "unvotes", "trailing-commas" }, { "unvotes", "header-commas" }, { "unvotes", "utf16" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_spreadsheet_layout_imports_exactly_as_the_clean_file(string format, string layout)
    {
        var clean = Import(format, Fixture(format));
        var (folder, file) = Fixture(format);
        var copy = Directory.CreateDirectory(Path.Combine(_files.Folder, layout)).FullName;
        foreach (var f in Directory.GetFiles(folder)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        var text = File.ReadAllText(Path.Combine(copy, file));
        var changed = layout switch
        {
            "blank-lines" => text.TrimEnd('\n') + "\n\n\n",
            "whitespace-line" => text.TrimEnd('\n') + "\n   \t \n",
            "trailing-commas" => Rows(text, (i, line) => i == 0 ? line : line + ",,"),
            "header-commas" => Rows(text, (_, line) => line + ","),
            _ => text,
        };
        var encoding = layout == "utf16" ? (Encoding)new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(copy, file), changed, encoding);

        Assert.Equal(clean, Import(format, (copy, file)));
    }

    public static TheoryData<string, string, string, string> OutOfRange => new()
    {
        { "undl", "9000001,USA,", "0,USA,", "column 'undl_id' is 0: expected an id from 1 to 99,999,999" },
        { "undl", "9000001,USA,", "-7,USA,", "column 'undl_id' is -7: expected an id from 1" },
        { "undl", "2014-03-27,68,A/RES/68/262", "9999-12-31,68,A/RES/68/262", "column 'date' is 9999-12-31: expected a date from 1945-10-24 to" },
        { "undl", "2014-03-27,68,A/RES/68/262", "2014-03-27,2147483647,A/RES/68/262", "column 'session' is 2147483647: expected a session from 1 to" },
        { "dataverse", "3000,2,1,2,", "0,2,1,2,", "column 'rcid' is 0: expected an id from 1" },
        { "dataverse", "1986,41,2,150,0,0,\"1986-12-04\"", "1986,2147483647,2,150,0,0,\"1986-12-04\"", "column 'session' is 2147483647: expected a session from 1 to" },
        { "dataverse", "1986,41,2,150,0,0,\"1986-12-04\"", "1986,41,2,150,0,0,\"1900-01-01\"", "column 'date' is 1900-01-01: expected a date from 1945-10-24" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_value_out_of_range_is_refused_with_its_line_and_bound(string format, string old, string replacement, string says)
    {
        var (folder, file) = Fixture(format);
        var text = File.ReadAllText(Path.Combine(folder, file));
        var line = BadFiles.LineOf(text, old);
        var path = _files.Write(file, ReplaceFirst(text, old, replacement));

        Rejected.Import(bundled.Store, format == "undl" ? ImportFormat.Undl : ImportFormat.Dataverse, path, file, line, says);
    }

    [Fact]
    public void An_unvotes_rcid_below_one_is_refused_with_its_line()
    {
        var folder = _files.CopyFolder("unvotes");
        var path = Path.Combine(folder, "un_roll_calls.csv");
        File.WriteAllText(path, BadFiles.Replace(File.ReadAllText(path), "3000,41,0,", "-1,41,0,"));

        Rejected.Import(bundled.Store, ImportFormat.Unvotes, folder, "un_roll_calls.csv", 2, "column 'rcid' is -1: expected an id from 1");
    }

    private static (string Folder, string File) Fixture(string format) => format switch
    {
        "undl" => (BadFiles.Fixture("undl"), "ga-voting-sample.csv"),
        "dataverse" => (BadFiles.Fixture("dataverse"), "UNVotes-sample.csv"),
        _ => (BadFiles.Fixture("unvotes"), "un_votes.csv"),
    };

    private StoreFingerprint Import(string format, (string Folder, string File) input)
    {
        using var store = MultivectorStore.Open(StoreFiles.CopyOfEmpty(_files.Folder, $"{Guid.NewGuid():N}.duckdb"));
        var f = format switch { "undl" => ImportFormat.Undl, "dataverse" => ImportFormat.Dataverse, _ => ImportFormat.Unvotes };
        store.Import(f, format == "unvotes" ? input.Folder : Path.Combine(input.Folder, input.File));
        return StoreFingerprint.Of(store);
    }

    private static string Rows(string text, Func<int, string, string> edit) =>
        string.Join('\n', text.TrimEnd('\n').Split('\n').Select((line, i) => edit(i, line.TrimEnd('\r')))) + "\n";

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the fixture.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
