using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Compliance.Tests.Coverage;

public class PartialCoverageTests
{
    private static readonly YearMonth May = new(2017, 5);
    private static readonly LocalDate June5 = TestData.D(2017, 6, 5);
    private static readonly string[] Sixteen = Enumerable.Range(0, 16).Select(i => $"4101{i:00}").ToArray();

    /// <summary>Three of sixteen units filed, each with guards at every campus.</summary>
    private static RollUpResult ThreeOfSixteen(Action<MonthlyReportBuilder>? changeFirst = null)
    {
        var units = Sixteen.Take(3).Select((code, i) => TestData.Report(May, i == 0 ? changeFirst : null, new OrganisationUnit(code, $"单位{i}")));
        return ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, May, units, Sixteen);
    }

    [Fact]
    public void A_target_met_by_the_units_that_filed_cannot_be_told_while_units_are_missing()
    {
        var finding = new ComplianceChecker().Check(ThreeOfSixteen(), June5).Find(BuiltInRules.GuardsOnEveryCampus)!;

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.PartialCoverage, finding.Reason);
        Assert.Equal(3, finding.Coverage!.Reported);
        Assert.Equal(16, finding.Coverage.Expected);
        Assert.Equal(Sixteen.Skip(3), finding.Coverage.Missing);
        Assert.Contains("partial: 3 of 16 units", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("只有3/16个单位的数据", finding.Message, StringComparison.Ordinal);
        Assert.Contains("410103", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shortfall_in_a_unit_that_filed_is_not_met_whatever_the_missing_units_hold()
    {
        var finding = new ComplianceChecker().Check(ThreeOfSixteen(b => b.SetTotal("A05", 95)), June5).Find(BuiltInRules.GuardsOnEveryCampus)!;

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(5, finding.Shortfall);
        Assert.False(finding.Coverage!.IsComplete);
        Assert.Contains("未报单位无论数据如何都不能弥补", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_urban_rate_of_a_total_that_lacks_units_cannot_be_told_either_way()
    {
        // 85% is the target; the units that filed are all at 100% (met) or all at 0% (not met): a missing unit could
        // hold enough urban campuses to move the city to either side.
        var checker = new ComplianceChecker();
        var asOf = TestData.D(2017, 11, 5);
        var november = new YearMonth(2017, 11);
        foreach (var a18 in new long[] { 100, 0 })
        {
            var unit = TestData.Report(november, b => b.SetTotal("A18", a18), new OrganisationUnit("410100", "单位0"));
            var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, november, [unit], Sixteen);
            var finding = checker.Check(rollUp, asOf).Find(UrbanTechDefenceRateRule.DefaultId)!;
            Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
            Assert.Equal(FindingReason.PartialCoverage, finding.Reason);
            Assert.Null(finding.Shortfall);

            var alone = checker.Check(unit, asOf).Find(UrbanTechDefenceRateRule.DefaultId)!;
            Assert.Equal(a18 == 100 ? ComplianceStatus.Met : ComplianceStatus.NotMet, alone.Status);
        }
    }

    [Fact]
    public void Not_due_stays_not_due_and_carries_the_coverage()
    {
        var finding = new ComplianceChecker().Check(ThreeOfSixteen(b => b.SetTotal("A05", 95)), TestData.D(2017, 5, 20)).Find(BuiltInRules.GuardsOnEveryCampus)!;
        Assert.Equal(ComplianceStatus.NotDue, finding.Status);
        Assert.Equal(13, finding.Coverage!.Missing.Count);
    }

    [Fact]
    public void A_complete_total_is_judged_as_before_and_says_it_is_complete()
    {
        var units = Sixteen.Select((code, i) => TestData.Report(May, null, new OrganisationUnit(code, $"单位{i}")));
        var finding = new ComplianceChecker().Check(ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, May, units, Sixteen), June5).Find(BuiltInRules.GuardsOnEveryCampus)!;
        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.True(finding.Coverage!.IsComplete);
        Assert.Equal("complete: 16 of 16 units", finding.Coverage.ToString());
    }

    [Fact]
    public void A_register_that_lacks_units_keeps_a_short_campus_and_cannot_tell_a_met_one()
    {
        var checker = new ComplianceChecker();
        var coverage = UnitCoverage.Of(["410102", "410103"], ["410102"]);
        var complete = TestData.RegisterOf(TestData.D(2017, 11, 30), TestData.Campus("c1"));
        var shortOne = TestData.RegisterOf(TestData.D(2017, 11, 30), TestData.Campus("c1") with { CertifiedGuards = 1 });
        var asOf = TestData.D(2017, 12, 5);

        Assert.Equal(ComplianceStatus.CannotTell, checker.Check(complete, asOf, coverage).Find(GuardsCertifiedRule.DefaultId)!.Status);
        Assert.Equal(ComplianceStatus.NotMet, checker.Check(shortOne, asOf, coverage).Find(GuardsCertifiedRule.DefaultId)!.Status);
        // The exact urban rate of the campuses at hand says nothing of the campuses that are not.
        Assert.Equal(ComplianceStatus.CannotTell, checker.Check(complete, asOf, coverage).Find(UrbanTechDefenceRateRule.DefaultId)!.Status);
    }

    [Fact]
    public void Drills_and_liaison_visits_short_at_a_campus_stay_not_met_while_units_are_missing()
    {
        var coverage = UnitCoverage.Of(["410102", "410103"], ["410102"]);
        var asOf = TestData.D(2017, 12, 5);
        var noDrills = TestData.RegisterOf(TestData.D(2017, 11, 30), TestData.Campus("c1") with { DrillDates = [] });
        var fewVisits = TestData.RegisterOf(TestData.D(2017, 11, 30), TestData.Campus("c1") with { IsCityManaged = true, Officers = SchoolOfficers.All, LiaisonVisitDates = [] });

        // Per campus: a campus of a unit at hand without its drill is short whatever the missing units hold.
        var checker = new ComplianceChecker();
        Assert.Equal(ComplianceStatus.NotMet, checker.Check(noDrills, asOf, coverage).Find(DrillsEachSemesterRule.DefaultId)!.Status);
        Assert.Equal(ComplianceStatus.NotMet, checker.Check(fewVisits, asOf, coverage).Find(LiaisonVisitsRule.DefaultId)!.Status);

        // Per unit: the drills of the missing units' campuses count towards the same total, so nothing holds.
        var perUnit = new ComplianceChecker(RuleCatalogue.CreateDefault().With(new DrillsEachSemesterRule { Scope = DrillScope.PerUnit }));
        Assert.Equal(ComplianceStatus.NotMet, perUnit.Check(noDrills, asOf).Find(DrillsEachSemesterRule.DefaultId)!.Status);
        Assert.Equal(ComplianceStatus.CannotTell, perUnit.Check(noDrills, asOf, coverage).Find(DrillsEachSemesterRule.DefaultId)!.Status);
    }

    [Fact]
    public void Coverage_counts_expected_units_once_and_ignores_unexpected_ones()
    {
        var coverage = UnitCoverage.Of(["a", "b", "b", "c"], ["b", "z"]);
        Assert.Equal(3, coverage.Expected);
        Assert.Equal(1, coverage.Reported);
        Assert.Equal(["a", "c"], coverage.Missing);
        Assert.Equal("partial: 1 of 3 units", coverage.ToString());
    }
}
