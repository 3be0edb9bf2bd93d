using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar.Tests.Semesters;

public sealed class SemesterTests
{
    private static readonly Semester s_spring = SemesterDefaults.Zhengzhou2017Spring;
    private static readonly Semester s_autumn = SemesterDefaults.Zhengzhou2017Autumn;

    [Fact]
    public void Default_dates_are_the_documented_assumptions()
    {
        Assert.Equal(new DateInterval(new LocalDate(2017, 2, 13), new LocalDate(2017, 7, 7)), s_spring.Dates);
        Assert.Equal(new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2018, 1, 31)), s_autumn.Dates);
        Assert.True(s_spring.IsAssumption);
        Assert.True(s_autumn.IsAssumption);
        Assert.Equal("2017-2018-1 2017-09-01..2018-01-31 (assumption)", s_autumn.ToString());
    }

    [Theory]
    [InlineData(2017, 2, true)]
    [InlineData(2017, 6, true)]
    [InlineData(2017, 7, false)]
    [InlineData(2017, 1, false)]
    public void A_month_belongs_to_the_semester_in_which_it_ends(int year, int month, bool owned)
        => Assert.Equal(owned, s_spring.Owns(new YearMonth(year, month), MonthToSemesterRule.SemesterInWhichMonthEnds));

    [Theory]
    [InlineData(2017, 2, false)]
    [InlineData(2017, 3, true)]
    [InlineData(2017, 7, true)]
    public void Under_the_other_setting_a_month_belongs_to_the_semester_in_which_it_begins(int year, int month, bool owned)
        => Assert.Equal(owned, s_spring.Owns(new YearMonth(year, month), MonthToSemesterRule.SemesterInWhichMonthBegins));

    [Fact]
    public void January_2018_belongs_to_the_first_semester()
        => Assert.True(s_autumn.Owns(new YearMonth(2018, 1), MonthToSemesterRule.SemesterInWhichMonthEnds));

    [Fact]
    public void An_assumption_must_say_where_it_comes_from()
    {
        var error = Assert.Throws<ArgumentException>(() => new Semester("x", new BilingualText("学期", "term"), new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2018, 1, 31)), isAssumption: true));
        Assert.Contains("source", error.Message, StringComparison.Ordinal);
    }
}
