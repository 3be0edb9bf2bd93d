using NodaTime;

namespace HuXiao.Calendar.Tests.Reporting;

public sealed class MonthlyReportRuleTests
{
    [Fact]
    public void The_2017_rule_is_the_first_of_next_month_inclusive()
    {
        var rule = MonthlyReportRule.Zhengzhou2017;
        Assert.Equal("四(三)", rule.Clause);
        Assert.Equal(1, rule.DayOfNextMonth);
        Assert.Equal(new LocalDate(2017, 5, 1), rule.DueDate(new YearMonth(2017, 4)));
        Assert.Equal(new LocalDate(2018, 1, 1), rule.DueDate(new YearMonth(2017, 12)));
    }

    [Fact]
    public void The_exclusive_reading_moves_the_last_on_time_day_to_the_end_of_the_reported_month()
    {
        var rule = MonthlyReportRule.Zhengzhou2017.WithReading(DueDateReading.Before);
        Assert.Equal(new LocalDate(2017, 5, 1), rule.NominalDate(new YearMonth(2017, 4)));
        Assert.Equal(new LocalDate(2017, 4, 30), rule.DueDate(new YearMonth(2017, 4)));
        Assert.Equal(new LocalDate(2018, 2, 28), rule.DueDate(new YearMonth(2018, 2)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void The_due_day_must_exist_in_every_month(int day)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new MonthlyReportRule("四(三)", day, DueDateReading.OnOrBefore));

    [Fact]
    public void Unknown_readings_are_refused()
        => Assert.Throws<ArgumentException>(() => new MonthlyReportRule("四(三)", 1, (DueDateReading)7));

    [Fact]
    public void Value_equality()
    {
        Assert.Equal(new MonthlyReportRule("四(三)", 1, DueDateReading.OnOrBefore), MonthlyReportRule.Zhengzhou2017);
        Assert.NotEqual(MonthlyReportRule.Zhengzhou2017.WithReading(DueDateReading.Before), MonthlyReportRule.Zhengzhou2017);
    }
}
