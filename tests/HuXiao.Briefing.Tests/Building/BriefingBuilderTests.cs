using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Months;
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
    private static readonly OrganisationUnit[] Three = [Zhongyuan, Erqi, Guancheng];

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

    private static MonthlyBriefing Build(IEnumerable<MonthlyReport>? october = null, IEnumerable<OrganisationUnit>? expected = null, LocalDate? asOf = null)
    {
        var earlier = Month(October, asOf ?? AsOf, expected ?? Three, october ?? OctoberForms);
        var month = Month(November, asOf ?? AsOf, expected ?? Three, NovemberForms, october ?? OctoberForms);
        return new BriefingBuilder().Build(month, [earlier]);
    }

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
        // 中原区 on time; 二七区 late and with an error (filed with errors); 管城回族区 missing.
        Assert.Equal(new FilingTally(3, 1, 0, 1, 0, 1, 0, 0), header.Filings);
    }

    [Fact]
    public void Coverage_is_the_ratio_of_the_summed_forms_and_a_shortfall_holds_whatever_the_missing_unit_holds()
    {
        var briefing = Build();
        var alarm = briefing.Targets.Single(t => t.RuleCode == BuiltInRules.OneTouchAlarm);
        Assert.Equal(97 + 50, alarm.Achieved);
        Assert.Equal(100 + 50, alarm.Target);
        Assert.Equal(new Ratio(147, 150), alarm.Coverage);
        Assert.Equal(ComplianceStatus.NotMet, alarm.Status);   // 中原区 is 3 short: no figure of 管城回族区 can undo that
        Assert.Equal(3, alarm.Shortfall);
        Assert.Equal("二(一)4", alarm.Clause);
        Assert.Equal(new LocalDate(2017, 10, 31), alarm.Due);
        Assert.Equal(["410104"], alarm.UnitCoverage!.Missing);

        // Every campus of the two units is closed, but 管城回族区's campuses are not known.
        var closed = briefing.Targets.Single(t => t.RuleCode == BuiltInRules.ClosedManagement);
        Assert.Equal(new Ratio(150, 150), closed.Coverage);
        Assert.Equal(ComplianceStatus.CannotTell, closed.Status);
        Assert.Contains("只有2/3个单位的数据", closed.Message, StringComparison.Ordinal);
        Assert.Equal(BuiltInRules.DeadlineTargetIds, briefing.Targets.Select(t => t.RuleCode));

        // With only the two units expected, the total is complete and met.
        var complete = Build(expected: [Zhongyuan, Erqi]).Targets.Single(t => t.RuleCode == BuiltInRules.ClosedManagement);
        Assert.Equal(ComplianceStatus.Met, complete.Status);
        Assert.True(complete.UnitCoverage!.IsComplete);
    }

    [Fact]
    public void The_rate_is_bounded_by_the_units_forms_and_judged_only_when_every_unit_is_in()
    {
        // 中原区 [max(0, 90 − 20), min(90, 80)] = [70, 80]; 二七区 [max(0, 40 − 11), min(40, 30)] = [29, 30]; over A02 = 110.
        var complete = Build(expected: [Zhongyuan, Erqi]).TechDefenceRate!;
        Assert.Equal(new Ratio(99, 110), complete.Bounds!.Lower);
        Assert.Equal(new Ratio(110, 110), complete.Bounds.Upper);
        Assert.Equal(BoundsBasis.UnitReports, complete.Bounds.Basis);
        Assert.Equal(ComplianceStatus.Met, complete.Status);

        var partial = Build().TechDefenceRate!;
        Assert.Equal(ComplianceStatus.CannotTell, partial.Status);
        Assert.False(partial.UnitCoverage!.IsComplete);
    }

    [Fact]
    public void Units_are_ranked_with_the_unit_that_did_not_file_first_and_each_status_is_the_months()
    {
        var units = Build().Units;
        Assert.Equal(["410104", "410102", "410103"], units.Select(u => u.Unit.Code));

        Assert.Equal(FilingStatus.Missing, units[0].Status);
        Assert.Null(units[0].Scorecard);

        Assert.Equal(FilingStatus.Filed, units[1].Status);
        Assert.Equal(0, units[1].Filing.DaysLate);
        Assert.Equal(1, units[1].Scorecard!.NotMet);
        Assert.Equal(3, units[1].Scorecard!.Shortfall);
        Assert.Equal([BuiltInRules.OneTouchAlarm], units[1].Scorecard!.NotMetRules);

        Assert.Equal(FilingStatus.FiledWithErrors, units[2].Status);
        Assert.Equal(3, units[2].Filing.DaysLate); // filed 2017-12-04, due 2017-12-01
        Assert.Equal(0, units[2].Scorecard!.NotMet);
    }

    [Fact]
    public void A_refused_form_is_filed_with_its_problems_not_missing_and_one_bad_file_never_stops_the_briefing()
    {
        var problem = new InputProblem("HX0415", "校园安全工作进展报表!B8", "B8 为“12所”，应为整数。", "B8 is '12所'; a whole number was expected.", "A01");
        var month = Month(November, AsOf, Three,
        [
            Submission.Of(NovemberForms[0]),
            Submission.Of(NovemberForms[1]),
            Submission.Refused([problem], "410104-2017-11.xlsx", Guancheng, November),
            Submission.Refused([problem with { Location = null }], "unknown.xlsx"),
        ]);
        var briefing = new BriefingBuilder().Build(month);

        var guancheng = briefing.Units.Single(u => u.Unit.Code == "410104");
        Assert.Equal(FilingStatus.Refused, guancheng.Status);
        Assert.Equal(1, guancheng.Errors);
        Assert.Equal(1, briefing.Header.Filings.Refused);
        Assert.Equal(0, briefing.Header.Filings.Missing);
        Assert.Equal(problem, Assert.Single(briefing.Problems, p => p.Unit.Code == "410104").ReadProblems.Single());
        Assert.Equal("unknown.xlsx", Assert.Single(briefing.Unattributed).Source);
    }

    [Fact]
    public void Before_the_due_date_a_missing_form_is_not_yet_due()
    {
        var briefing = Build(asOf: new LocalDate(2017, 11, 30));
        var guancheng = briefing.Units.Single(u => u.Unit.Code == "410104");
        Assert.Equal(FilingStatus.Missing, guancheng.Status);
        Assert.True(guancheng.Filing.IsNotYetDue);
        Assert.Equal("410104", briefing.Units[^1].Unit.Code);
        Assert.Equal(1, briefing.Header.Filings.NotYetDue);
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
        var alarm = Build().Trends.Single(t => t.RuleCode == BuiltInRules.OneTouchAlarm);
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
        var october = OctoberForms.Take(2).Append(Form(Guancheng, October, 40, 30, 10, 30, alarms: null, new LocalDate(2017, 11, 1)));
        var alarm = Build(october).Trends.Single(t => t.RuleCode == BuiltInRules.OneTouchAlarm);
        Assert.Equal([November], alarm.City.Points.Select(p => p.Month));
        Assert.Empty(alarm.Units.Single(u => u.Unit.Code == "410104").Points);
    }

    [Fact]
    public void Earlier_months_from_the_briefing_month_on_are_ignored()
    {
        var later = Month(new YearMonth(2017, 12), new LocalDate(2018, 1, 5), Three, [Form(Zhongyuan, new YearMonth(2017, 12), 100, 80, 20, 90, 100, new LocalDate(2018, 1, 1))]);
        var month = Month(November, AsOf, Three, NovemberForms);
        var briefing = new BriefingBuilder().Build(month, [Month(October, AsOf, Three, OctoberForms), later]);
        Assert.Equal(new Ratio(147, 150), briefing.Targets.Single(t => t.RuleCode == BuiltInRules.OneTouchAlarm).Coverage);
        Assert.Equal(8, briefing.Trends[0].Months.Count);
        Assert.Equal([October, November], briefing.Trends[0].City.Points.Select(p => p.Month));
    }

    [Fact]
    public void An_earlier_month_of_another_unit_is_refused()
    {
        var other = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, October, AsOf).WithUnits(new OrganisationUnit("410199", "某市"), [Zhongyuan]).Build();
        Assert.Throws<ArgumentException>(() => new BriefingBuilder().Build(Month(November, AsOf, Three, NovemberForms), [other]));
    }

    [Fact]
    public void A_month_outside_the_campaign_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new BriefingBuilder()
            .Build(Month(new YearMonth(2019, 1), AsOf, Three, Array.Empty<MonthlyReport>())));
}
