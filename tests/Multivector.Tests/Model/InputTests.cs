using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Tests.Model;

public sealed class InputTests
{
    [Theory]
    [InlineData("2014", 2014, 2014)]
    [InlineData("1992-2023", 1992, 2023)]
    [InlineData(" 1992- ", 1992, null)]
    [InlineData("-1991", null, 1991)]
    [InlineData("", null, null)]
    public void Ranges_parse_as_users_type_them(string text, int? from, int? to)
    {
        Assert.True(Input.TryRange(text, out var range, out var error), error);
        Assert.Equal((from, to), range);
    }

    [Theory]
    [InlineData("19x2")]
    [InlineData("1992-2023-2024")]
    [InlineData("-")]
    [InlineData("+1992")]
    public void A_range_that_is_not_one_is_refused_with_what_was_expected(string text)
    {
        Assert.False(Input.TryRange(text, out _, out var error));
        Assert.Equal($"'{text}': expected a number or a range such as 1992-2023, 1992- or -1991.", error);
        Assert.Equal(ErrorKind.BadRequest, Assert.Throws<MultivectorException>(() => Input.Range(text)).Kind);
    }

    [Fact]
    public void A_selection_error_names_its_part_but_no_host_flag()
    {
        Assert.False(Input.TrySelection("1992-1990", null, null, out _, out var empty));
        Assert.False(Input.TrySelection(null, "4x", null, out _, out var sessions));
        Assert.False(Input.TrySelection(null, null, "me,zz", out _, out var issues));

        Assert.Equal("Year range 1992–1990 is empty: the first year is after the last.", empty);
        Assert.StartsWith("sessions '4x': expected", sessions, StringComparison.Ordinal);
        Assert.StartsWith("issues 'zz' is not an issue code", issues, StringComparison.Ordinal);
        Assert.DoesNotContain("--", empty + sessions + issues, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_lists_keep_each_issue_once_in_the_order_typed()
    {
        Assert.True(Input.TryIssues("hr, me ,hr", out var issues, out _));
        Assert.Equal([Issue.HumanRights, Issue.PalestinianConflict], issues);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025/01/01")]
    [InlineData("1 March 2024")]
    public void Dates_must_be_real_and_written_as_yyyy_mm_dd(string text)
    {
        Assert.False(Input.TryDate(text, out _, out var error));
        Assert.Equal($"'{text}': expected a date as YYYY-MM-DD.", error);
    }

    [Theory]
    [InlineData(null, PeriodKind.Year)]
    [InlineData("all", PeriodKind.All)]
    [InlineData("Sessions", PeriodKind.Session)]
    [InlineData(" year ", PeriodKind.Year)]
    public void Periods_parse_with_a_default_for_nothing_typed(string? text, PeriodKind expected)
    {
        Assert.True(Input.TryPeriod(text, PeriodKind.Year, out var period, out _));
        Assert.Equal(expected, period);
        Assert.False(Input.TryPeriod("month", PeriodKind.Year, out _, out var error));
        Assert.Equal("'month': expected all, session or year.", error);
    }

    [Fact]
    public void An_empty_measure_is_the_default_measure()
    {
        Assert.True(Input.TryMeasure(" ", out var measure, out _));
        Assert.Equal(Defaults.Measure, measure);
        Assert.True(Input.TryMeasure("kappa", out measure, out _));
        Assert.Equal(Measure.CohenKappa, measure);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/base", "http://127.0.0.1:8080/base/")]
    [InlineData("https://digitallibrary.un.org/", "https://digitallibrary.un.org/")]
    public void Addresses_end_in_a_slash_so_paths_resolve_under_them(string text, string expected)
    {
        Assert.True(Input.TryAddress(text, out var address, out _));
        Assert.Equal(expected, address!.AbsoluteUri);
        Assert.False(Input.TryAddress("ftp://example.org/", out _, out _));
    }
}
