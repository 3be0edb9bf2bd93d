using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar.Tests.Campaigns;

/// <summary>The built-in campaign against campaign-2017.md, row by row. Expected values are typed from the spec.</summary>
public sealed class Zhengzhou2017CampaignTests
{
    private static readonly Campaign s_campaign = Campaign.Zhengzhou2017;

    [Fact]
    public void Id_source_and_zone()
    {
        Assert.Equal("zhengzhou-2017", s_campaign.Id);
        Assert.Equal("郑公通〔2017〕66号", s_campaign.Source);
        Assert.Equal("Asia/Shanghai", s_campaign.TimeZone.Id);
        Assert.Equal("zhengzhou-2017", s_campaign.ReportSchemaId);
        Assert.Same(s_campaign, Campaign.Zhengzhou2017);
    }

    [Fact]
    public void Span_runs_from_issue_to_the_end_of_January_2018()
    {
        Assert.Equal(new LocalDate(2017, 4, 18), s_campaign.Span.Start);
        Assert.Equal(new LocalDate(2018, 1, 31), s_campaign.Span.End);
        Assert.Equal(289, s_campaign.Span.Length);
    }

    [Theory]
    [InlineData(1, "动员部署", "2017-04-18", "2017-04-30", "4月")]
    [InlineData(2, "集中攻坚", "2017-05-01", "2017-10-31", "5月-10月")]
    [InlineData(3, "检查验收", "2017-11-01", "2017-12-31", "11月-12月")]
    public void Phases_are_as_printed(int number, string name, string start, string end, string schedule)
    {
        var phase = s_campaign.Phases.Single(p => p.Number == number);
        Assert.Equal(name, phase.Name.Chinese);
        Assert.Equal(Date(start), phase.Dates.Start);
        Assert.Equal(Date(end), phase.Dates.End);
        Assert.Equal(schedule, phase.Schedule);
    }

    [Fact]
    public void There_are_three_phases_and_phase_three_mentions_the_provincial_spot_check()
    {
        Assert.Equal([1, 2, 3], s_campaign.Phases.Select(p => p.Number));
        Assert.Contains("抽查", s_campaign.Phases[2].Description!.Chinese);
    }

    [Theory]
    [InlineData("2018-01-01")]
    [InlineData("2018-01-15")]
    [InlineData("2018-01-31")]
    public void January_2018_is_in_the_campaign_but_in_no_phase(string date)
    {
        Assert.True(s_campaign.Contains(Date(date)));
        Assert.Null(s_campaign.PhaseOn(Date(date)));
    }

    [Theory]
    [InlineData("gate-keeping", "2017-04-30", "二(一)2")]
    [InlineData("perimeter-patrol", "2017-04-30", "二(三)")]
    [InlineData("incident-analysis", "2017-04-30", "二(四)")]
    [InlineData("security-staffing", "2017-05-31", "二(一)3")]
    [InlineData("gate-video", "2017-05-31", "二(一)4")]
    [InlineData("closed-management", "2017-05-31", "二(一)5")]
    [InlineData("barriers-traffic", "2017-05-31", "二(一)5")]
    [InlineData("hazard-register", "2017-05-31", "二(二)")]
    [InlineData("key-person-notification", "2017-05-31", "二(二)")]
    [InlineData("intelligence-ledger", "2017-05-31", "二(五)")]
    [InlineData("one-touch-alarm", "2017-10-31", "二(一)4")]
    [InlineData("tech-defence-85", "2017-10-31", "二(一)4")]
    [InlineData("drowning-prevention", "2017-07-07", "二(六)")]
    [InlineData("stage-report-2016-2017-2", "2017-07-07", "四(三)")]
    [InlineData("stage-report-2017-2018-1", "2018-01-31", "四(三)")]
    public void Every_deadline_row_is_a_milestone_with_its_date_and_clause(string id, string due, string clause)
    {
        var milestone = s_campaign.GetMilestone(id);
        Assert.Equal(Date(due), milestone.DueDate);
        Assert.Equal(clause, milestone.Clause);
    }

    [Fact]
    public void There_are_fifteen_milestones_in_due_date_order()
    {
        Assert.Equal(15, s_campaign.Milestones.Count);
        Assert.Equal(s_campaign.Milestones.OrderBy(m => m.DueDate).Select(m => m.Id), s_campaign.Milestones.Select(m => m.Id));
        Assert.Equal(3, s_campaign.Milestones.Count(m => m.DueDate == new LocalDate(2017, 4, 30)));
        Assert.Equal(7, s_campaign.Milestones.Count(m => m.DueDate == new LocalDate(2017, 5, 31)));
    }

    [Theory]
    [InlineData("security-staffing", "A05,A01,A07,A10")]
    [InlineData("gate-video", "A16,A01")]
    [InlineData("closed-management", "A08,A01")]
    [InlineData("barriers-traffic", "A12,A11,A14,A13")]
    [InlineData("one-touch-alarm", "A19,A01")]
    [InlineData("tech-defence-85", "A18,A02,A03")]
    [InlineData("gate-keeping", "")]
    [InlineData("hazard-register", "")]
    [InlineData("drowning-prevention", "")]
    public void Indicators_follow_the_table(string id, string codes)
    {
        var expected = codes.Length == 0 ? [] : codes.Split(',');
        Assert.Equal(expected, s_campaign.GetMilestone(id).Indicators);
    }

    [Fact]
    public void Only_the_six_milestones_of_the_indicator_table_concern_indicators()
        => Assert.Equal(6, s_campaign.Milestones.Count(m => m.Indicators.Count > 0));

    [Fact]
    public void Every_indicator_code_exists_in_the_reporting_schema()
    {
        foreach (var code in s_campaign.Milestones.SelectMany(m => m.Indicators))
        {
            Assert.True(ReportSchema.Zhengzhou2017.TryGetIndicator(code, out _), code);
        }
    }

    [Fact]
    public void Derived_due_dates_are_marked_and_say_what_they_derive_from()
    {
        Assert.Equal(MilestoneDue.AtEndOfSemester("2016-2017-2"), s_campaign.GetMilestone("drowning-prevention").Due);
        Assert.Equal(MilestoneDue.AtEndOfPhase(2), s_campaign.GetMilestone("tech-defence-85").Due);
        Assert.Equal(
            new[] { "drowning-prevention", "stage-report-2016-2017-2", "stage-report-2017-2018-1", "tech-defence-85" },
            s_campaign.Milestones.Where(m => m.IsDueDateDerived).Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Police_milestones_name_the_police()
    {
        Assert.Equal("公安机关", s_campaign.GetMilestone("incident-analysis").Scope.Chinese);
        Assert.Equal("公安机关", s_campaign.GetMilestone("key-person-notification").Scope.Chinese);
        Assert.Equal("教育部门", s_campaign.GetMilestone("drowning-prevention").Scope.Chinese);
    }

    [Fact]
    public void Recurring_obligations_are_as_the_source_says()
    {
        var byId = s_campaign.Obligations.ToDictionary(o => o.Id);
        Assert.Equal(4, byId.Count);
        Assert.Equal((ObligationKind.MonthlyReport, ObligationFrequency.Monthly, 1, "四(三)"), Facts(byId["monthly-report"]));
        Assert.Equal((ObligationKind.StageReport, ObligationFrequency.PerSemester, 1, "四(三)"), Facts(byId["stage-report"]));
        Assert.Equal((ObligationKind.Drill, ObligationFrequency.PerSemester, 1, "二(六)"), Facts(byId["emergency-drills"]));
        Assert.Equal((ObligationKind.LiaisonVisit, ObligationFrequency.Monthly, 2, "二(七)"), Facts(byId["liaison-visits"]));
        Assert.Equal(59, byId["liaison-visits"].UnitCount);
        Assert.Null(byId["emergency-drills"].UnitCount);
    }

    [Fact]
    public void Drills_name_the_plans_subject_and_say_per_campus_is_a_setting()
    {
        var drills = s_campaign.Obligations.Single(o => o.Id == "emergency-drills");
        Assert.StartsWith("教育部门、公安机关", drills.Scope.Chinese, StringComparison.Ordinal);
        Assert.Contains("a setting", drills.Scope.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Major_cases_are_reported_at_once_an_event_driven_duty_of_each_police_organ()
    {
        var duty = Assert.Single(s_campaign.EventObligations);
        Assert.Equal("case-reporting", duty.Id);
        Assert.Equal("四(三)", duty.Clause);
        Assert.Equal("发生的重大案事件和重要情况信息要随时上报", duty.Description.Chinese);
        Assert.Equal(s_campaign.Obligations.Single(o => o.Id == "monthly-report").Scope, duty.Scope);
        Assert.Equal("case-reporting: on event (四(三))", duty.ToString());
    }

    [Fact]
    public void Reporting_months_run_from_April_2017_to_January_2018()
    {
        Assert.Equal(new PeriodRange(new YearMonth(2017, 4), new YearMonth(2018, 1)), s_campaign.ReportingMonths);
        Assert.Equal(10, s_campaign.ReportingPeriods.Count);
        Assert.Equal(MonthlyReportRule.Zhengzhou2017, s_campaign.MonthlyReport);
        Assert.Equal(DueDateReading.OnOrBefore, s_campaign.MonthlyReport.Reading);
    }

    [Fact]
    public void Default_semesters_are_marked_as_assumptions()
    {
        Assert.Equal(SemesterDefaults.Zhengzhou2017, s_campaign.Semesters);
        Assert.All(s_campaign.Semesters, s => Assert.True(s.IsAssumption));
        Assert.All(s_campaign.Semesters, s => Assert.Contains("ASSUMPTION", s.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_public_calls_a_milestone_late()
    {
        var members = new[] { typeof(Milestone), typeof(CampaignCalendar), typeof(CalendarStatus), typeof(Campaign) }
            .SelectMany(t => t.GetMembers())
            .Select(m => m.Name);
        Assert.DoesNotContain(members, name => name.Contains("Late", StringComparison.OrdinalIgnoreCase) || name.Contains("Overdue", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Built_in_lookup()
    {
        Assert.True(Campaign.TryGetBuiltIn("zhengzhou-2017", out var found));
        Assert.Same(Campaign.Zhengzhou2017, found);
        Assert.False(Campaign.TryGetBuiltIn("zhengzhou-2018", out _));
        Assert.False(Campaign.TryGetBuiltIn(null, out _));
        Assert.Equal(["zhengzhou-2017"], Campaign.BuiltInIds);
    }

    [Fact]
    public void Unknown_milestone_lookup_names_the_known_ones()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => s_campaign.GetMilestone("nope"));
        Assert.Contains("gate-keeping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_lists_cannot_be_changed_through_a_cast()
    {
        Assert.Throws<NotSupportedException>(() => ((IList<Milestone>)s_campaign.Milestones).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Phase>)s_campaign.Phases).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<ReportingPeriod>)s_campaign.ReportingPeriods).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<string>)s_campaign.GetMilestone("closed-management").Indicators).Clear());
    }

    [Fact]
    public void Concurrent_queries_on_one_shared_calendar_agree()
    {
        var calendar = new CampaignCalendar(s_campaign, new NodaTime.Testing.FakeClock(Instant.FromUtc(2017, 6, 1, 0, 0)));
        var results = Enumerable.Range(0, 64).AsParallel().AsOrdered()
            .Select(i => string.Join(",", calendar.StatusOn(new LocalDate(2017, 4, 1).PlusDays(i * 5)).MilestonesPassed.Select(m => m.Id)))
            .ToArray();
        var serial = Enumerable.Range(0, 64)
            .Select(i => string.Join(",", calendar.StatusOn(new LocalDate(2017, 4, 1).PlusDays(i * 5)).MilestonesPassed.Select(m => m.Id)));
        Assert.Equal(serial, results);
    }

    private static (ObligationKind, ObligationFrequency, int, string) Facts(RecurringObligation o) => (o.Kind, o.Frequency, o.MinimumCount, o.Clause);

    internal static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
