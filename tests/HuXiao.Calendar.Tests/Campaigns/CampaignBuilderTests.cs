using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar.Tests.Campaigns;

public sealed class CampaignBuilderTests
{
    private static readonly BilingualText s_text = new("文本", "text");

    private static CampaignBuilder Minimal()
        => Campaign.CreateBuilder("example-2018", new BilingualText("2018年护校安园", "School safety 2018"))
            .WithSpan(new LocalDate(2018, 3, 1), new LocalDate(2018, 12, 31));

    private static Phase Phase(int number, int startMonth, int endMonth)
        => new(number, s_text, new DateInterval(new LocalDate(2018, startMonth, 1), new LocalDate(2018, endMonth, 1).PlusMonths(1).PlusDays(-1)), $"{startMonth}月");

    [Fact]
    public void A_minimal_campaign_has_defaults()
    {
        var campaign = Minimal().Build();
        Assert.Equal("Asia/Shanghai", campaign.TimeZone.Id);
        Assert.Equal(new PeriodRange(new YearMonth(2018, 3), new YearMonth(2018, 12)), campaign.ReportingMonths);
        Assert.Equal(DueDateReading.OnOrBefore, campaign.MonthlyReport.Reading);
        Assert.Equal(MonthToSemesterRule.SemesterInWhichMonthEnds, campaign.MonthToSemester);
        Assert.Empty(campaign.Phases);
        Assert.Empty(campaign.Milestones);
        Assert.Null(campaign.ReportSchemaId);
    }

    [Fact]
    public void Event_obligations_share_the_obligations_ids_and_survive_to_builder()
    {
        var duty = new EventObligation("report-at-once", "四(三)", s_text, s_text, s_text);
        var campaign = Minimal().AddEventObligation(duty).Build();
        Assert.Equal([duty], campaign.EventObligations);
        Assert.Equal(campaign, campaign.ToBuilder().Build());
        Assert.NotEqual(campaign, Minimal().Build());

        var clash = Minimal()
            .AddObligation(new RecurringObligation("report-at-once", ObligationKind.Other, ObligationFrequency.Monthly, 1, "四(三)", s_text, s_text))
            .AddEventObligation(duty);
        var error = Assert.Throws<CampaignDefinitionException>(() => clash.Build());
        Assert.Contains("report-at-once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_campaign_without_a_span_is_refused_with_the_fix()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Campaign.CreateBuilder("x", s_text).Build());
        Assert.Equal(CalendarErrorCodes.CampaignDefinition, error.Code);
        Assert.Contains("WithSpan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_phases_are_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal().AddPhase(Phase(1, 3, 5)).AddPhase(Phase(2, 5, 6)).Build());
        Assert.Contains("phases 1 and 2 overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_outside_the_span_is_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal().AddPhase(new Phase(1, s_text, new DateInterval(new LocalDate(2018, 2, 1), new LocalDate(2018, 3, 31)), "2月")).Build());
        Assert.Contains("outside the span", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Phases_numbered_out_of_date_order_are_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal().AddPhase(Phase(2, 3, 4)).AddPhase(Phase(1, 5, 6)).Build());
        Assert.Contains("date order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal()
            .AddPhase(Phase(1, 3, 5)).AddPhase(Phase(2, 5, 6))
            .AddMilestone("a", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 4, 1)))
            .AddMilestone("a", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 4, 1)))
            .AddMilestone("b", s_text, s_text, "一", s_text, MilestoneDue.AtEndOfSemester("missing"))
            .Build());
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("milestone 'a' is defined 2 times", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("semester 'missing'", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_semesters_are_refused()
    {
        var s1 = new Semester("s1", s_text, new DateInterval(new LocalDate(2018, 2, 1), new LocalDate(2018, 7, 1)));
        var s2 = new Semester("s2", s_text, new DateInterval(new LocalDate(2018, 7, 1), new LocalDate(2018, 12, 1)));
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal().AddSemester(s1).AddSemester(s2).Build());
        Assert.Contains("semesters 's1' and 's2' overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_codes_are_checked_against_the_schema()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal().WithReportSchema(ReportSchema.Zhengzhou2017)
            .AddMilestone("a", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 4, 1)), ["A99"]).Build());
        Assert.Contains("'A99'", error.Message, StringComparison.Ordinal);
        Assert.Contains("A01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_indicator_codes_are_refused_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => Minimal().AddMilestone("a", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 4, 1)), ["a8"]));
        Assert.Contains("'a8' is not an indicator code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Has Space")]
    [InlineData("UPPER")]
    [InlineData("-leading")]
    public void Malformed_ids_are_refused(string id)
        => Assert.ThrowsAny<ArgumentException>(() => Campaign.CreateBuilder(id, s_text));

    [Fact]
    public void Reporting_months_outside_the_span_are_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => Minimal().WithReportingMonths(new PeriodRange(new YearMonth(2018, 2), new YearMonth(2018, 4))).Build());
        Assert.Contains("reporting months", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Minimal().WithTimeZone("Asia/Zhengzhou"));
        Assert.Contains("Asia/Zhengzhou", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_that_ends_before_it_starts_is_refused()
        => Assert.Throws<ArgumentException>(() => Campaign.CreateBuilder("x", s_text).WithSpan(new LocalDate(2018, 3, 2), new LocalDate(2018, 3, 1)));

    [Fact]
    public void To_builder_then_build_gives_an_equal_campaign()
    {
        var copy = Campaign.Zhengzhou2017.ToBuilder().Build();
        Assert.Equal(Campaign.Zhengzhou2017, copy);
        Assert.NotSame(Campaign.Zhengzhou2017, copy);
        Assert.Equal(Campaign.Zhengzhou2017.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Set_milestone_due_changes_the_setting_for_an_undated_target()
    {
        var changed = Campaign.Zhengzhou2017.ToBuilder().SetMilestoneDue("tech-defence-85", MilestoneDue.On(new LocalDate(2017, 12, 31))).Build();
        Assert.Equal(new LocalDate(2017, 12, 31), changed.GetMilestone("tech-defence-85").DueDate);
        Assert.NotEqual(Campaign.Zhengzhou2017, changed);
        Assert.Equal(new LocalDate(2017, 10, 31), Campaign.Zhengzhou2017.GetMilestone("tech-defence-85").DueDate);
        Assert.Throws<KeyNotFoundException>(() => Campaign.Zhengzhou2017.ToBuilder().SetMilestoneDue("nope", MilestoneDue.AtEndOfPhase(1)));
    }

    [Fact]
    public void With_semesters_moves_the_milestones_due_at_a_semester_end()
    {
        var official = new[]
        {
            new Semester("2016-2017-2", new BilingualText("第二学期", "Second"), new DateInterval(new LocalDate(2017, 2, 20), new LocalDate(2017, 7, 14))),
            new Semester("2017-2018-1", new BilingualText("第一学期", "First"), new DateInterval(new LocalDate(2017, 8, 28), new LocalDate(2018, 1, 26))),
        };
        var campaign = Campaign.Zhengzhou2017.WithSemesters(official);
        Assert.Equal(new LocalDate(2017, 7, 14), campaign.GetMilestone("drowning-prevention").DueDate);
        Assert.Equal(new LocalDate(2017, 7, 14), campaign.GetMilestone("stage-report-2016-2017-2").DueDate);
        Assert.Equal(new LocalDate(2018, 1, 26), campaign.GetMilestone("stage-report-2017-2018-1").DueDate);
        Assert.Equal(new LocalDate(2017, 5, 31), campaign.GetMilestone("closed-management").DueDate);
        Assert.All(campaign.Semesters, s => Assert.False(s.IsAssumption));
    }

    [Fact]
    public void With_semesters_that_drop_a_needed_semester_is_refused()
    {
        var only = new Semester("2017-2018-1", new BilingualText("第一学期", "First"), new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2018, 1, 31)));
        var error = Assert.Throws<CampaignDefinitionException>(() => Campaign.Zhengzhou2017.WithSemesters([only]));
        Assert.Contains("'2016-2017-2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_due_date_reading_and_month_rule_change_only_those()
    {
        var exclusive = Campaign.Zhengzhou2017.WithDueDateReading(DueDateReading.Before);
        Assert.Equal(DueDateReading.Before, exclusive.MonthlyReport.Reading);
        Assert.Equal(Campaign.Zhengzhou2017.Milestones, exclusive.Milestones);
        var begins = Campaign.Zhengzhou2017.WithMonthToSemester(MonthToSemesterRule.SemesterInWhichMonthBegins);
        Assert.Equal(MonthToSemesterRule.SemesterInWhichMonthBegins, begins.MonthToSemester);
    }

    [Fact]
    public void Milestones_are_ordered_by_due_date_keeping_definition_order_on_ties()
    {
        var campaign = Minimal()
            .AddMilestone("late-one", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 9, 1)))
            .AddMilestone("tie-b", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 4, 1)))
            .AddMilestone("tie-a", s_text, s_text, "一", s_text, MilestoneDue.On(new LocalDate(2018, 4, 1)))
            .Build();
        Assert.Equal(["tie-b", "tie-a", "late-one"], campaign.Milestones.Select(m => m.Id));
    }
}
