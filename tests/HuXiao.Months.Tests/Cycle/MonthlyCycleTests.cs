using System.Text.Json.Nodes;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using NodaTime;
using static HuXiao.Months.Tests.MonthData;

namespace HuXiao.Months.Tests.Cycle;

public class MonthlyCycleTests
{
    /// <summary>
    /// May 2017 as of 2017-06-05: 中原 on time; 二七 received late (its form says on time); 管城 with an error; 金水
    /// refused for a bad cell; 上街 sent nothing; 惠济 filed twice, on time (revision 2 replaces 1); 410199 is not on the list;
    /// and a file nobody can be told from.
    /// </summary>
    private static MonthlyCycle EveryStatus(LocalDate? asOf = null)
        => MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, asOf ?? D(2017, 6, 5))
            .WithUnits(City, Expected)
            .Add(Submission.Of(Form(Zhongyuan, D(2017, 5, 31)), "410102.json"))
            .Add(Submission.Of(Form(Erqi, D(2017, 6, 1)), "410103.xlsx", receivedOn: D(2017, 6, 4)))
            .Add(Submission.Of(Form(Guancheng, D(2017, 6, 1), b => b.SetTotal("A02", 70)), "410104.json"))
            .Add(RefusedForm(Jinshui, "410105.xlsx", receivedOn: D(2017, 6, 1)))
            .Add(Submission.Of(Form(Huiji, D(2017, 5, 28), campuses: 40), "410108-r1.json"))
            .Add(Submission.Of(Form(Huiji, D(2017, 6, 1), campuses: 50, revision: 2), "410108-r2.json"))
            .Add(Submission.Of(Form(new OrganisationUnit("410199", "某分局"), D(2017, 6, 1)), "410199.json"))
            .Add(RefusedForm(null, "broken.xlsx"))
            .Build();

    [Fact]
    public void Every_expected_unit_has_one_status_and_the_unexpected_one_follows()
    {
        var month = EveryStatus();

        Assert.Equal(
            ["410102 filed", "410103 late", "410104 filed-with-errors", "410105 refused", "410106 missing", "410108 filed", "410199 unexpected"],
            month.Units.Select(u => $"{u.Unit.Code} {u.Status.ToWireName()}"));
        Assert.Equal(new FilingTally(6, 2, 1, 1, 1, 1, 0, 1), month.Tally);
        Assert.Equal("broken.xlsx", Assert.Single(month.Unattributed).Source);
    }

    [Fact]
    public void Lateness_is_judged_on_the_received_date_when_given_else_on_the_form_date()
    {
        var month = EveryStatus();

        var erqi = month.Find("410103")!;
        Assert.Equal(FilingDateBasis.Received, erqi.DateBasis);
        Assert.Equal(D(2017, 6, 4), erqi.FilingDate);
        Assert.Equal(3, erqi.DaysLate);

        var zhongyuan = month.Find("410102")!;
        Assert.Equal(FilingDateBasis.FormDate, zhongyuan.DateBasis);
        Assert.Equal(D(2017, 5, 31), zhongyuan.FilingDate);
        Assert.Equal(0, zhongyuan.DaysLate);
    }

    [Fact]
    public void A_form_with_no_date_is_neither_late_nor_on_time()
    {
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(City, [Zhongyuan])
            .AddReports([Form(Zhongyuan, filedOn: null)])
            .Build();

        var unit = Assert.Single(month.Units);
        Assert.Equal(FilingStatus.Filed, unit.Status);
        Assert.Equal(FilingDateBasis.None, unit.DateBasis);
        Assert.Null(unit.DaysLate);
        Assert.False(unit.IsLate);
    }

    [Fact]
    public void A_refused_form_was_filed_it_is_not_missing_and_its_figures_are_not_combined()
    {
        var month = EveryStatus();

        var jinshui = month.Find("410105")!;
        Assert.Equal(FilingStatus.Refused, jinshui.Status);
        Assert.Equal(1, jinshui.Errors);
        Assert.Equal("410105.xlsx", jinshui.Submission!.Source);
        Assert.Equal(0, jinshui.DaysLate);
        Assert.DoesNotContain(month.RollUp.Used, r => r.Unit.Code == "410105");
        Assert.Contains("410105", month.Coverage.Missing);
    }

    [Fact]
    public void The_roll_up_combines_filed_late_and_filed_with_errors_and_nothing_else()
    {
        var month = EveryStatus();

        Assert.Equal(["410102", "410103", "410104", "410108"], month.RollUp.Used.Select(r => r.Unit.Code));
        Assert.Equal(100 + 100 + 100 + 50, month.RollUp.Report.Total("A01"));
        Assert.All(month.Units, u => Assert.Equal(u.IsCombined, month.RollUp.Used.Any(r => r.Unit.Code == u.Unit.Code)));
        Assert.Equal(4, month.Coverage.Reported);
        Assert.Equal(6, month.Coverage.Expected);
        Assert.Equal(["410105", "410106"], month.Coverage.Missing);
    }

    [Fact]
    public void A_higher_revision_replaces_the_earlier_one_which_is_kept_in_view()
    {
        var huiji = EveryStatus().Find("410108")!;
        Assert.Equal(2, huiji.Submission!.Report!.Revision);
        Assert.Equal("410108-r1.json", Assert.Single(huiji.SetAside).Source);
    }

    [Fact]
    public void A_form_read_beside_a_refused_one_stands_and_the_refused_one_is_set_aside()
    {
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(City, [Zhongyuan])
            .Add(Submission.Of(Form(Zhongyuan, D(2017, 5, 30)), "a.json"))
            .Add(RefusedForm(Zhongyuan, "b.xlsx"))
            .Build();

        var unit = Assert.Single(month.Units);
        Assert.Equal(FilingStatus.Filed, unit.Status);
        Assert.Equal("b.xlsx", Assert.Single(unit.SetAside).Source);
    }

    [Fact]
    public void Before_the_due_date_a_missing_unit_is_not_yet_due()
    {
        var early = EveryStatus(asOf: D(2017, 6, 1)).Find("410106")!;
        Assert.Equal(FilingStatus.Missing, early.Status);
        Assert.True(early.IsNotYetDue);
        Assert.False(EveryStatus().Find("410106")!.IsNotYetDue);
    }

    [Fact]
    public void Validation_errors_make_filed_with_errors_and_count_on_the_unit()
    {
        var guancheng = EveryStatus().Find("410104")!;
        Assert.Equal(FilingStatus.FiledWithErrors, guancheng.Status);
        Assert.Contains(guancheng.Validation!.Errors, f => f.RuleCode == "urban-plus-rural");
        Assert.Equal(guancheng.Validation.Errors.Count(), guancheng.Errors);
    }

    [Fact]
    public void Last_months_forms_check_the_total_chain()
    {
        var april = Form(Zhongyuan, D(2017, 5, 1), b => b.SetTotal("A01", 90).SetTotal("A02", 54).SetTotal("A03", 36), period: May.PlusMonths(-1));
        var may = Form(Zhongyuan, D(2017, 5, 31), b => b.SetNew("A01", 5));   // 90 + 5 ≠ 100
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(City, [Zhongyuan])
            .AddReports([may])
            .WithPreviousMonth([april])
            .Build();

        Assert.Equal(FilingStatus.FiledWithErrors, month.Units[0].Status);
        Assert.Contains(month.Units[0].Validation!.Errors, f => f.Indicators.Contains("A01"));
    }

    [Fact]
    public void The_citys_verdicts_hold_whatever_the_missing_units_hold_and_each_units_stand_alone()
    {
        var month = EveryStatus();

        var guards = month.Compliance.Find(BuiltInRules.GuardsOnEveryCampus)!;
        Assert.Equal(ComplianceStatus.CannotTell, guards.Status);
        Assert.Equal(FindingReason.PartialCoverage, guards.Reason);
        Assert.Same(month.Coverage, guards.Coverage);

        Assert.Equal(["410102", "410103", "410104", "410108"], month.UnitCompliance.Select(r => r.Subject.Code));
        Assert.Equal(ComplianceStatus.Met, month.ComplianceOf("410102")!.Find(BuiltInRules.GuardsOnEveryCampus)!.Status);
        Assert.Null(month.ComplianceOf("410105"));
        Assert.Equal(4, month.Scorecard.Rows.Count);
    }

    [Fact]
    public void A_form_of_another_month_is_refused_as_the_roll_up_refuses_it()
    {
        var builder = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(City, [Zhongyuan])
            .AddReports([Form(Zhongyuan, D(2017, 5, 30), period: May.PlusMonths(1))]);
        Assert.Equal(ErrorCodes.RollUpPeriodMismatch, Assert.Throws<ReportingException>(builder.Build).Code);

        // A refused form that names another month belongs to no unit of this one.
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(City, [Zhongyuan])
            .Add(RefusedForm(Zhongyuan, "june.xlsx", period: May.PlusMonths(1)))
            .Build();
        Assert.Equal(FilingStatus.Missing, month.Units[0].Status);
        Assert.Single(month.Unattributed);
    }

    [Fact]
    public void The_built_in_unit_list_expects_its_sixteen_organs()
    {
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(UnitHierarchy.Zhengzhou2017, City)
            .AddReports([Form(Zhongyuan, D(2017, 5, 31))])
            .Build();

        Assert.Equal(16, month.Tally.Expected);
        Assert.Equal(15, month.Tally.Missing);
        Assert.Equal("郑州市", month.Parent.Name);
        Assert.Equal(UnitHierarchy.Zhengzhou2017["410102"].Name, month.Find("410102")!.Unit.Name);
        Assert.Equal(ComplianceStatus.CannotTell, month.Compliance.Find(BuiltInRules.ClosedManagement)!.Status);
    }

    [Fact]
    public void A_deeper_hierarchy_expects_its_leaves_and_rolls_up_level_by_level()
    {
        var stationA = new OrganisationUnit("410102-01", "甲派出所");
        var stationB = new OrganisationUnit("410102-02", "乙派出所");
        var hierarchy = UnitHierarchy.CreateBuilder(City).Add(Zhongyuan, City.Code).Add(stationA, Zhongyuan.Code).Add(stationB, Zhongyuan.Code).Add(Erqi, City.Code).Build();
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5))
            .WithUnits(hierarchy)
            .AddReports([Form(stationA, D(2017, 5, 31), campuses: 30), Form(Erqi, D(2017, 5, 31), campuses: 20)])
            .Add(Submission.Of(Form(Zhongyuan, D(2017, 5, 31)), "district-own.json"))
            .Build();

        Assert.Equal(["410102-01 filed", "410102-02 missing", "410103 filed", "410102 unexpected"], month.Units.Select(u => $"{u.Unit.Code} {u.Status.ToWireName()}"));
        Assert.Equal(50, month.RollUp.Report.Total("A01"));
        Assert.Equal(["410102-02"], month.Coverage.Missing);
    }

    [Fact]
    public void A_month_needs_its_units_when_its_campaign_defines_none()
    {
        var noUnits = Campaign.Zhengzhou2017.ToBuilder().WithUnits(null).Build();
        Assert.Throws<InvalidOperationException>(MonthlyCycle.CreateBuilder(noUnits, May, D(2017, 6, 5)).Build);
        var builder = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, D(2017, 6, 5));
        Assert.Throws<ArgumentException>(() => builder.WithUnits(City, []));
        Assert.Throws<ArgumentException>(() => builder.WithUnits(UnitHierarchy.Zhengzhou2017, new OrganisationUnit("419999", "无")));
    }

    [Fact]
    public void By_default_a_month_expects_its_campaigns_units_and_is_judged_by_its_campaigns_targets()
    {
        // The same plan a year on, as a definition only: the guards' deadline moved from 2017-05-31 to 2017-09-30.
        var document = JsonNode.Parse(CampaignFormJson.BuiltInDefinition("zhengzhou-2017"))!;
        var guards = document["targets"]!.AsArray().Single(t => (string?)t!["id"] == "guards-on-every-campus")!;
        guards["due"] = new JsonObject { ["date"] = "2017-09-30" };
        var moved = CampaignJson.Parse(document.ToJsonString());

        MonthlyCycle Month(Campaign campaign) => MonthlyCycle.CreateBuilder(campaign, May, D(2017, 6, 5))
            .Add(Submission.Of(Form(Zhongyuan, D(2017, 5, 31)), "410102.json"))
            .Build();

        var builtIn = Month(Campaign.Zhengzhou2017);
        var later = Month(moved);
        Assert.Equal(Campaign.Zhengzhou2017.Units!.Leaves.Select(u => u.Code), builtIn.Units.Select(u => u.Unit.Code));
        Assert.Equal(D(2017, 5, 31), builtIn.Compliance.Find("guards-on-every-campus")!.Due);
        Assert.NotEqual(ComplianceStatus.NotDue, builtIn.Compliance.Find("guards-on-every-campus")!.Status);
        Assert.Equal(D(2017, 9, 30), later.Compliance.Find("guards-on-every-campus")!.Due);
        Assert.Equal(ComplianceStatus.NotDue, later.Compliance.Find("guards-on-every-campus")!.Status);
        Assert.Equal(D(2017, 9, 30), later.ComplianceOf("410102")!.Find("guards-on-every-campus")!.Due);
    }

    [Fact]
    public void A_month_outside_the_campaign_says_no_unit_is_late_or_on_time()
    {
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, new YearMonth(2019, 5), D(2019, 6, 5))
            .WithUnits(City, [Zhongyuan])
            .AddReports([Form(Zhongyuan, D(2019, 6, 20), period: new YearMonth(2019, 5))])
            .Build();
        Assert.Null(month.Due);
        Assert.Null(month.Units[0].DaysLate);
        Assert.Equal(FilingStatus.Filed, month.Units[0].Status);
    }
}
