using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Domain.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData("2020", DatePrecision.Year)]
    [InlineData("2020-09", DatePrecision.Month)]
    [InlineData("2020-09-27", DatePrecision.Day)]
    public void Parse_EachPrecision_RoundTrips(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("2020-13")]
    [InlineData("2021-02-29")]
    [InlineData("2020-00-01")]
    [InlineData("2020-1-x")]
    public void TryParse_Malformed_IsFalse(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void IsCertainlyAfter_DayInsideYear_IsFalse() =>
        Assert.False(PartialDate.Parse("2020-10-01").IsCertainlyAfter(PartialDate.Parse("2020")));

    [Fact]
    public void IsCertainlyAfter_DayAfterMonth_IsTrue() =>
        Assert.True(PartialDate.Parse("2020-11-01").IsCertainlyAfter(PartialDate.Parse("2020-10")));

    [Fact]
    public void Latest_Month_IsLastDayOfMonth() =>
        Assert.Equal(new DateOnly(2024, 2, 29), PartialDate.Parse("2024-02").Latest);
}
