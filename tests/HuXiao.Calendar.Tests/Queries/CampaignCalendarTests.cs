using HuXiao.Reporting;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Calendar.Tests.Queries;

public sealed class CampaignCalendarTests
{
    private static readonly CampaignCalendar s_calendar = new(Campaign.Zhengzhou2017, new FakeClock(Instant.FromUtc(2017, 5, 31, 17, 0)));

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2017, 4, 17, null)]
    [InlineData(2017, 4, 18, 1)]
    [InlineData(2017, 4, 30, 1)]
    [InlineData(2017, 5, 1, 2)]
    [InlineData(2017, 10, 31, 2)]
    [InlineData(2017, 11, 1, 3)]
    [InlineData(2017, 12, 31, 3)]
    [InlineData(2018, 1, 1, null)]
    [InlineData(2018, 2, 1, null)]
    public void The_phase_at_a_date(int year, int month, int day, int? phase)
        => Assert.Equal(phase, s_calendar.PhaseOn(D(year, month, day))?.Number);

    [Fact]
    public void Today_reads_the_clock_in_Shanghai()
    {
        // 2017-05-31T17:00Z is 2017-06-01 01:00 in Shanghai.
        Assert.Equal(D(2017, 6, 1), s_calendar.Today());
    }

    [Fact]
    public void On_the_due_date_a_milestone_is_upcoming_and_the_next_day_it_has_passed()
    {
        Assert.Equal(3, s_calendar.MilestonesPassed(D(2017, 5, 31)).Count);
        Assert.Equal(12, s_calendar.MilestonesUpcoming(D(2017, 5, 31)).Count);
        Assert.Equal(10, s_calendar.MilestonesPassed(D(2017, 6, 1)).Count);
        Assert.Equal(5, s_calendar.MilestonesUpcoming(D(2017, 6, 1)).Count);
    }

    [Fact]
    public void Due_within_counts_today_and_the_next_n_days()
    {
        Assert.Equal(7, s_calendar.MilestonesDueWithin(D(2017, 5, 31), 0).Count);
        Assert.Empty(s_calendar.MilestonesDueWithin(D(2017, 5, 1), 29));
        Assert.Equal(7, s_calendar.MilestonesDueWithin(D(2017, 5, 1), 30).Count);
        Assert.Equal(
            ["drowning-prevention", "stage-report-2016-2017-2"],
            s_calendar.MilestonesDueWithin(D(2017, 7, 1), 6).Select(m => m.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_calendar.MilestonesDueWithin(D(2017, 7, 1), -1));
    }

    [Fact]
    public void Passed_and_upcoming_split_the_milestones()
    {
        for (var date = D(2017, 4, 1); date <= D(2018, 2, 28); date = date.PlusDays(1))
        {
            Assert.Equal(15, s_calendar.MilestonesPassed(date).Count + s_calendar.MilestonesUpcoming(date).Count);
        }

        Assert.Empty(s_calendar.MilestonesPassed(D(2017, 4, 30)));
        Assert.Equal(15, s_calendar.MilestonesPassed(D(2018, 2, 1)).Count);
    }

    [Theory]
    [InlineData(2017, 4, 18, 2017, 4)]
    [InlineData(2017, 5, 1, 2017, 4)]
    [InlineData(2017, 5, 2, 2017, 5)]
    [InlineData(2018, 1, 1, 2017, 12)]
    [InlineData(2018, 1, 2, 2018, 1)]
    [InlineData(2018, 2, 1, 2018, 1)]
    public void The_next_report_due_at_a_date(int year, int month, int day, int periodYear, int periodMonth)
        => Assert.Equal(new YearMonth(periodYear, periodMonth), s_calendar.NextReportDue(D(year, month, day))!.Period);

    [Fact]
    public void After_the_last_due_date_no_report_is_next()
    {
        Assert.Null(s_calendar.NextReportDue(D(2018, 2, 2)));
        Assert.Null(s_calendar.NextReportDue(Instant.FromUtc(2018, 2, 1, 16, 0)));
    }

    [Fact]
    public void The_next_report_due_at_an_instant_turns_over_at_Shanghai_midnight()
    {
        Assert.Equal(new YearMonth(2017, 4), s_calendar.NextReportDue(Instant.FromUtc(2017, 5, 1, 15, 59, 59))!.Period);
        Assert.Equal(new YearMonth(2017, 5), s_calendar.NextReportDue(Instant.FromUtc(2017, 5, 1, 16, 0))!.Period);
    }

    [Theory]
    [InlineData(2017, 1, 1, 289)]
    [InlineData(2017, 4, 18, 289)]
    [InlineData(2017, 4, 19, 288)]
    [InlineData(2018, 1, 1, 31)]
    [InlineData(2018, 1, 31, 1)]
    [InlineData(2018, 2, 1, 0)]
    public void Days_left_in_the_campaign(int year, int month, int day, int left)
        => Assert.Equal(left, s_calendar.DaysLeft(D(year, month, day)));

    [Theory]
    [InlineData(2017, 5, 10, "2017-04..2017-06")]
    [InlineData(2017, 7, 5, "2017-04..2017-06")]
    [InlineData(2017, 8, 1, null)]
    [InlineData(2017, 9, 1, "2017-09..2018-01")]
    [InlineData(2018, 1, 31, "2017-09..2018-01")]
    [InlineData(2018, 2, 1, null)]
    public void This_semester_as_a_range_of_months(int year, int month, int day, string? range)
        => Assert.Equal(range, s_calendar.ThisSemester(D(year, month, day))?.ToString());

    [Fact]
    public void This_semester_follows_the_month_rule_setting()
    {
        var begins = new CampaignCalendar(Campaign.Zhengzhou2017.WithMonthToSemester(MonthToSemesterRule.SemesterInWhichMonthBegins), s_calendar.Clock);
        Assert.Equal("2017-04..2017-07", begins.ThisSemester(D(2017, 5, 10))?.ToString());
        Assert.Equal("2017-09..2018-01", begins.ThisSemester(D(2017, 10, 10))?.ToString());
    }

    [Theory]
    [InlineData(2017, 3, 31, null)]
    [InlineData(2017, 4, 18, "2017-04..2017-04")]
    [InlineData(2017, 9, 15, "2017-04..2017-09")]
    [InlineData(2018, 1, 31, "2017-04..2018-01")]
    [InlineData(2019, 1, 1, "2017-04..2018-01")]
    public void The_campaign_to_date_as_a_range_of_months(int year, int month, int day, string? range)
        => Assert.Equal(range, s_calendar.CampaignToDate(D(year, month, day))?.ToString());

    [Fact]
    public void Semester_of_a_month_and_of_a_date()
    {
        Assert.Equal("2016-2017-2", s_calendar.SemesterOf(new YearMonth(2017, 6))?.Id);
        Assert.Null(s_calendar.SemesterOf(new YearMonth(2017, 7)));
        Assert.Equal("2017-2018-1", s_calendar.SemesterOf(new YearMonth(2018, 1))?.Id);
        Assert.Equal("2016-2017-2", s_calendar.SemesterOn(D(2017, 7, 7))?.Id);
        Assert.Null(s_calendar.SemesterOn(D(2017, 7, 8)));
    }

    [Fact]
    public void Liaison_visit_windows_are_the_ten_months_clipped_to_the_campaign()
    {
        var visits = Campaign.Zhengzhou2017.Obligations.Single(o => o.Id == "liaison-visits");
        var windows = s_calendar.WindowsOf(visits);
        Assert.Equal(10, windows.Count);
        Assert.Equal(new DateInterval(D(2017, 4, 18), D(2017, 4, 30)), windows[0].Dates);
        Assert.Equal(new YearMonth(2018, 1), windows[^1].Month);
        Assert.Equal(new DateInterval(D(2018, 1, 1), D(2018, 1, 31)), windows[^1].Dates);
    }

    [Fact]
    public void Drill_windows_are_the_semesters_clipped_to_the_campaign()
    {
        var drills = Campaign.Zhengzhou2017.Obligations.Single(o => o.Id == "emergency-drills");
        var windows = s_calendar.WindowsOf(drills);
        Assert.Equal(2, windows.Count);
        Assert.Equal(new DateInterval(D(2017, 4, 18), D(2017, 7, 7)), windows[0].Dates);
        Assert.Equal(new DateInterval(D(2017, 9, 1), D(2018, 1, 31)), windows[1].Dates);
        Assert.Equal("2017-2018-1", windows[1].Semester?.Id);
    }

    [Fact]
    public void Status_now_uses_the_injected_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2018, 1, 10, 4, 0));
        var status = new CampaignCalendar(Campaign.Zhengzhou2017, clock).StatusNow(dueWithinDays: 30);
        Assert.Equal(D(2018, 1, 10), status.AsOf);
        Assert.True(status.IsInCampaign);
        Assert.Null(status.Phase);
        Assert.Equal("2017-2018-1", status.Semester?.Id);
        Assert.Equal(["stage-report-2017-2018-1"], status.MilestonesDueSoon.Select(m => m.Id));
        Assert.Equal(new YearMonth(2018, 1), status.NextReport?.Period);
        Assert.Equal(new LocalDate(2018, 2, 1), status.NextReport?.DueDate);
        Assert.Equal(22, status.DaysLeft);
        Assert.Equal(30, status.DueWithinDays);

        clock.AdvanceDays(30);
        var later = new CampaignCalendar(Campaign.Zhengzhou2017, clock).StatusNow();
        Assert.False(later.IsInCampaign);
        Assert.Equal(0, later.DaysLeft);
        Assert.Equal(new LocalDate(2018, 2, 9), later.AsOf);
        Assert.Null(later.NextReport);
    }

    [Fact]
    public void Reporting_periods_are_the_campaign_periods()
    {
        Assert.Same(Campaign.Zhengzhou2017.ReportingPeriods, s_calendar.ReportingPeriods);
        Assert.Equal(new LocalDate(2017, 11, 1), s_calendar.ReportingPeriodOf(new YearMonth(2017, 10)).DueDate);
        Assert.Equal(typeof(PeriodRange), typeof(CampaignCalendar).GetMethod(nameof(CampaignCalendar.ThisSemester))!.ReturnType.GetGenericArguments()[0]);
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_name()
    {
        Assert.Equal("campaign", Assert.Throws<ArgumentNullException>(() => new CampaignCalendar(null!, SystemClockFree.Clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new CampaignCalendar(Campaign.Zhengzhou2017, null!)).ParamName);
    }

    private static class SystemClockFree
    {
        internal static readonly IClock Clock = new FakeClock(Instant.FromUtc(2017, 1, 1, 0, 0));
    }
}
