using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;
using static HuXiao.Briefing.Tests.TestReports;

namespace HuXiao.Briefing.Tests.Building;

public class BriefingBuilderTests
{
    private static readonly YearMonth November = new(2017, 11);
    private static readonly YearMonth October = new(2017, 10);
    private static readonly LocalDate AsOf = new(2017, 12, 5);

    // November: 中原区 100 campuses, 97 alarms, filed on time; 二七区 50 campuses, 50 alarms, filed 2017-12-04 (due 2017-12-01);
    // 二七区's urban + rural = 41 ≠ 50. 管城回族区 filed in October only.
    private static readonly MonthlyReport[] NovemberForms =
    [
        Form(Zhongyuan, November, campuses: 100, urban: 80, rural: 20, standard: 90, alarms: 97, filedOn: new LocalDate(2017, 11, 30)),
        Form(Erqi, November, campuses: 50, urban: 30, rural: 11, standard: 40, alarms: 50, filedOn: new LocalDate(2017, 12, 4)),
    ];

    private static readonly MonthlyReport[] OctoberForms =
    [
        Form(Zhongyuan, October, campuses: 100, urban: 80, rural: 20, standard: 90, alarms: 90, filedOn: new LocalDate(2017, 11, 1)),
        Form(Erqi, October, campuses: 50, urban: 40, rural: 10, standard: 40, alarms: 40, filedOn: new LocalDate(2017, 11, 1)),
        Form(Guancheng, October, campuses: 40, urban: 30, rural: 10, standard: 30, alarms: 20, filedOn: new LocalDate(2017, 11, 1)),
    ];

    // No blank-cell warnings: the hand-made forms fill only the cells the targets read.
    private static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017).Without("blank-cell");

    private static MonthlyBriefing Build(IEnumerable<MonthlyReport>? history = null)
        => new BriefingBuilder(Campaign.Zhengzhou2017, new ComplianceChecker(), Rules).Build(City, November, AsOf, NovemberForms, history ?? OctoberForms);

    [Fact]
    public void The_header_says_where_the_campaign_stands_at_the_as_of_date()
    {
        var header = Build().Header;
        Assert.Equal(City, header.City);
        Assert.Equal(November, header.Period);
        Assert.Equal(AsOf, header.AsOf);
        Assert.Equal(new LocalDate(2017, 12, 1), header.ReportDue);
        Assert.True(header.IsInCampaign);
        Assert.Equal(3, header.Phase!.Number); // 检查验收, November – December 2017
        Assert.Equal(new YearMonth(2017, 12), header.NextReport!.Period);
    }

    [Fact]
    public void Coverage_is_the_ratio_of_the_summed_forms()
    {
        var alarm = Build().Targets.Single(t => t.RuleId == BuiltInRules.OneTouchAlarm);
        Assert.Equal(97 + 50, alarm.Achieved);
        Assert.Equal(100 + 50, alarm.Target);
        Assert.Equal(new Ratio(147, 150), alarm.Coverage);
        Assert.Equal(ComplianceStatus.NotMet, alarm.Status);
        Assert.Equal(3, alarm.Shortfall);
        Assert.Equal("二(一)4", alarm.Clause);
        Assert.Equal(new LocalDate(2017, 10, 31), alarm.Due);

        var closed = Build().Targets.Single(t => t.RuleId == BuiltInRules.ClosedManagement);
        Assert.Equal(new Ratio(150, 150), closed.Coverage);
        Assert.Equal(ComplianceStatus.Met, closed.Status);
        Assert.Equal(BuiltInRules.DeadlineTargetIds, Build().Targets.Select(t => t.RuleId));
    }

    [Fact]
    public void The_rate_is_bounded_by_the_units_forms()
    {
        var rate = Build().TechDefenceRate!;
        // 中原区 [max(0, 90 − 20), min(90, 80)] = [70, 80]; 二七区 [max(0, 40 − 11), min(40, 30)] = [29, 30]; over A02 = 110.
        Assert.Equal(new Ratio(99, 110), rate.Bounds!.Lower);
        Assert.Equal(new Ratio(110, 110), rate.Bounds.Upper);
        Assert.Equal(BoundsBasis.UnitReports, rate.Bounds.Basis);
        Assert.Equal(ComplianceStatus.Met, rate.Status);
    }

    [Fact]
    public void Units_are_ranked_with_the_unit_that_did_not_file_first_and_filing_is_judged_against_the_due_date()
    {
        var units = Build().Units;
        Assert.Equal(["410104", "410102", "410103"], units.Select(u => u.Unit.Code));

        Assert.Equal(FilingStatus.NotFiled, units[0].Filing);
        Assert.Null(units[0].Scorecard);

        Assert.Equal(FilingStatus.OnTime, units[1].Filing);
        Assert.Equal(1, units[1].Scorecard!.NotMet);
        Assert.Equal(3, units[1].Scorecard!.Shortfall);
        Assert.Equal([BuiltInRules.OneTouchAlarm], units[1].Scorecard!.NotMetRules);

        Assert.Equal(FilingStatus.Late, units[2].Filing);
        Assert.Equal(3, units[2].DaysLate); // filed 2017-12-04, due 2017-12-01
        Assert.Equal(0, units[2].Scorecard!.NotMet);

        var briefing = Build();
        Assert.Equal(2, briefing.FiledCount);
        Assert.Equal(1, briefing.LateCount);
        Assert.Equal(1, briefing.NotFiledCount);
    }

    [Fact]
    public void Before_the_due_date_a_missing_form_is_not_yet_due()
    {
        var briefing = new BriefingBuilder(Campaign.Zhengzhou2017, new ComplianceChecker(), Rules)
            .Build(City, November, new LocalDate(2017, 11, 30), NovemberForms, OctoberForms);
        var guancheng = briefing.Units.Single(u => u.Unit.Code == "410104");
        Assert.Equal(FilingStatus.NotYetDue, guancheng.Filing);
        Assert.Equal("410104", briefing.Units[^1].Unit.Code);
        Assert.Equal(0, briefing.NotFiledCount);
    }

    [Fact]
    public void Expected_units_name_who_should_have_filed()
    {
        var briefing = new BriefingBuilder(Campaign.Zhengzhou2017, new ComplianceChecker(), Rules)
            .Build(City, November, AsOf, NovemberForms, history: [], expectedUnits: [Zhongyuan, Erqi, new OrganisationUnit("410185", "登封市")]);
        Assert.Equal(["410185"], briefing.Units.Where(u => u.Filing == FilingStatus.NotFiled).Select(u => u.Unit.Code));
        Assert.DoesNotContain(briefing.Units, u => u.Unit.Code == "410104");
    }

    [Fact]
    public void Validation_problems_are_counted_per_unit()
    {
        var briefing = Build();
        var erqi = Assert.Single(briefing.Problems, p => p.Unit.Code == "410103");
        Assert.Equal(1, erqi.Errors); // 30 + 11 ≠ 50
        Assert.Contains(erqi.Findings, f => f.Severity == FindingSeverity.Error && f.Indicators.Contains("A03"));
        Assert.Equal(1, briefing.Units.Single(u => u.Unit.Code == "410103").Errors);
        Assert.Equal(0, briefing.Units.Single(u => u.Unit.Code == "410102").Errors);
        Assert.Equal(0, briefing.Units.Single(u => u.Unit.Code == "410104").Errors);
    }

    [Fact]
    public void Trends_have_a_point_per_month_with_data()
    {
        var alarm = Build().Trends.Single(t => t.RuleId == BuiltInRules.OneTouchAlarm);
        Assert.Equal(8, alarm.Months.Count); // 2017-04 .. 2017-11
        Assert.Equal(new LocalDate(2017, 10, 31), alarm.Due);

        // October: 90 + 40 + 20 of 100 + 50 + 40; November: 97 + 50 of 150.
        Assert.Equal([new TrendPoint(October, 150, 190), new TrendPoint(November, 147, 150)], alarm.City.Points);
        Assert.Equal(["410102", "410103", "410104"], alarm.Units.Select(u => u.Unit.Code));
        Assert.Equal([new TrendPoint(October, 90, 100), new TrendPoint(November, 97, 100)], alarm.Units[0].Points);
        Assert.Equal([new TrendPoint(October, 20, 40)], alarm.Units[2].Points);
    }

    [Fact]
    public void A_month_where_a_filer_left_the_cell_blank_has_no_city_point()
    {
        var history = OctoberForms.Take(2).Append(Form(Guancheng, October, 40, 30, 10, 30, alarms: null, new LocalDate(2017, 11, 1)));
        var alarm = Build(history).Trends.Single(t => t.RuleId == BuiltInRules.OneTouchAlarm);
        Assert.Equal([November], alarm.City.Points.Select(p => p.Month));
        Assert.Empty(alarm.Units.Single(u => u.Unit.Code == "410104").Points);
    }

    [Fact]
    public void History_of_the_briefing_month_or_later_is_ignored()
    {
        var later = Form(Zhongyuan, new YearMonth(2017, 12), 100, 80, 20, 90, 100, new LocalDate(2018, 1, 1));
        var briefing = Build(OctoberForms.Append(NovemberForms[0]).Append(later));
        Assert.Equal(new Ratio(147, 150), briefing.Targets.Single(t => t.RuleId == BuiltInRules.OneTouchAlarm).Coverage);
        Assert.Equal(8, briefing.Trends[0].Months.Count);
    }

    [Fact]
    public void A_month_outside_the_campaign_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new BriefingBuilder(Campaign.Zhengzhou2017)
            .Build(City, new YearMonth(2019, 1), AsOf, []));
}
