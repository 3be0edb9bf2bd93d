using NodaTime;

namespace HuXiao.Calendar.Tests.Reporting;

public sealed class ReportingPeriodTests
{
    private static readonly DateTimeZone s_shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly ReportingPeriod s_april = Campaign.Zhengzhou2017.GetReportingPeriod(new YearMonth(2017, 4));

    [Fact]
    public void Every_period_from_April_2017_to_January_2018_is_due_on_the_first_of_the_next_month()
    {
        var expected = new[]
        {
            ("2017-04", "2017-05-01"), ("2017-05", "2017-06-01"), ("2017-06", "2017-07-01"), ("2017-07", "2017-08-01"),
            ("2017-08", "2017-09-01"), ("2017-09", "2017-10-01"), ("2017-10", "2017-11-01"), ("2017-11", "2017-12-01"),
            ("2017-12", "2018-01-01"), ("2018-01", "2018-02-01"),
        };
        Assert.Equal(expected, Campaign.Zhengzhou2017.ReportingPeriods.Select(p => (p.Period.ToString("uuuu-MM", null), p.DueDate.ToString("uuuu-MM-dd", null))));
    }

    [Fact]
    public void The_deadline_is_the_end_of_the_first_in_Shanghai()
    {
        Assert.Equal(Instant.FromUtc(2017, 5, 1, 16, 0), s_april.Deadline);
        Assert.Equal("Asia/Shanghai", s_april.Zone.Id);
        Assert.Equal("2017-04 due 2017-05-01", s_april.ToString());
    }

    [Theory]
    [InlineData("2017-04-20", true, 0)]
    [InlineData("2017-05-01", true, 0)]
    [InlineData("2017-05-02", false, 1)]
    [InlineData("2017-05-10", false, 9)]
    public void On_time_and_lateness_for_a_filing_date(string filedOn, bool onTime, int daysLate)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(filedOn).Value;
        Assert.Equal(onTime, s_april.IsOnTime(date));
        Assert.Equal(daysLate, s_april.DaysLate(date));
    }

    [Fact]
    public void On_time_for_a_filing_moment_counts_to_the_end_of_the_first_in_Shanghai()
    {
        var lastSecond = new LocalDateTime(2017, 5, 1, 23, 59, 59).InZoneStrictly(s_shanghai);
        var midnight = new LocalDateTime(2017, 5, 2, 0, 0).InZoneStrictly(s_shanghai);
        Assert.True(s_april.IsOnTime(lastSecond));
        Assert.True(s_april.IsOnTime(lastSecond.ToInstant()));
        Assert.Equal(0, s_april.DaysLate(lastSecond));
        Assert.False(s_april.IsOnTime(midnight));
        Assert.Equal(1, s_april.DaysLate(midnight));
        Assert.Equal(1, s_april.DaysLate(midnight.ToInstant()));
    }

    [Fact]
    public void A_moment_in_another_zone_is_judged_by_its_instant()
    {
        // 2017-05-01T16:30Z is 2017-05-02 00:30 in Shanghai: late, though it is still the 1st in UTC.
        var utc = Instant.FromUtc(2017, 5, 1, 16, 30).InUtc();
        Assert.False(s_april.IsOnTime(utc));
        Assert.Equal(1, s_april.DaysLate(utc));
        var newYork = Instant.FromUtc(2017, 5, 1, 15, 0).InZone(DateTimeZoneProviders.Tzdb["America/New_York"]);
        Assert.True(s_april.IsOnTime(newYork));
    }

    [Fact]
    public void Under_the_exclusive_reading_the_first_is_late()
    {
        var april = Campaign.Zhengzhou2017.WithDueDateReading(DueDateReading.Before).GetReportingPeriod(new YearMonth(2017, 4));
        Assert.Equal(new LocalDate(2017, 4, 30), april.DueDate);
        Assert.Equal(new LocalDate(2017, 5, 1), april.NominalDate);
        Assert.False(april.IsOnTime(new LocalDate(2017, 5, 1)));
        Assert.Equal(1, april.DaysLate(new LocalDate(2017, 5, 1)));
        Assert.Equal(Instant.FromUtc(2017, 4, 30, 16, 0), april.Deadline);
    }

    [Fact]
    public void A_month_outside_the_campaign_has_no_period()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Campaign.Zhengzhou2017.GetReportingPeriod(new YearMonth(2018, 2)));
        Assert.Contains("2017-04..2018-01", error.Message, StringComparison.Ordinal);
    }
}
