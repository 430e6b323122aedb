using Multivector.Registry;

namespace Multivector.Tests.Registry;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023-09-19", DatePrecision.Day, "2023-09-19", "2023-09-19")]
    [InlineData("2018-03", DatePrecision.Month, "2018-03-01", "2018-03-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2022", DatePrecision.Year, "2022-01-01", "2022-12-31")]
    public void A_date_covers_its_whole_day_month_or_year(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("23-09-19")]
    [InlineData("2023/09/19")]
    [InlineData("Sept 2023")]
    public void Text_that_is_no_date_is_refused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<MultivectorException>(() => PartialDate.Parse(text));
    }
}
