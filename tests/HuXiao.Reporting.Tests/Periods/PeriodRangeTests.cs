using NodaTime;

namespace HuXiao.Reporting.Tests.Periods;

public class PeriodRangeTests
{
    [Fact]
    public void The_campaign_months_are_ten_from_April_2017_to_January_2018()
    {
        var range = new PeriodRange(new YearMonth(2017, 4), new YearMonth(2018, 1));
        Assert.Equal(10, range.MonthCount);
        Assert.Equal(new YearMonth(2017, 12), range.ElementAt(8));
        Assert.Equal(new YearMonth(2018, 1), range.Last());
        Assert.True(range.Contains(new YearMonth(2017, 9)));
        Assert.False(range.Contains(new YearMonth(2018, 2)));
        Assert.Equal("2017-04..2018-01", range.ToString());
    }

    [Fact]
    public void Refuses_an_end_before_its_start()
        => Assert.Throws<ArgumentException>(() => new PeriodRange(new YearMonth(2017, 5), new YearMonth(2017, 4)));

    [Fact]
    public void Single_month_and_equality()
    {
        var may = PeriodRange.Single(TestData.May2017);
        Assert.Equal(1, may.MonthCount);
        Assert.True(may == new PeriodRange(TestData.May2017, TestData.May2017));
        Assert.True(may != new PeriodRange(TestData.May2017, new YearMonth(2017, 6)));
    }
}
