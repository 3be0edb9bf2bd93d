using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public class UrbanTechDefenceRateRuleTests
{
    private const string Id = "urban-tech-defence-rate";
    private static readonly LocalDate Due = D(2017, 10, 31);

    private static MonthlyReport Rates(long a02, long a03, long a18, int month = 10)
        => Report(2017, month, b => b.SetTotal("A01", a02 + a03).SetTotal("A02", a02).SetTotal("A03", a03).SetTotal("A18", a18));

    [Fact]
    public void Lower_bound_exactly_85_percent_is_met()
    {
        // lower = max(0, 37 − 20) / 20 = 17/20 = 85% exactly; upper = min(37, 20)/20 = 100%.
        var finding = Judge(Id, Rates(20, 20, 37), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.Equal(new Ratio(17, 20), finding.Bounds!.Lower);
        Assert.Equal(new Ratio(20, 20), finding.Bounds.Upper);
        Assert.Equal(BoundsBasis.ReportTotals, finding.Bounds.Basis);
        Assert.Equal(0.85, finding.Lower!.Value, 12);
        Assert.Equal(1.0, finding.Upper!.Value, 12);
    }

    [Fact]
    public void Bounds_straddling_85_percent_cannot_tell()
    {
        // lower = 16/20 = 80%, upper = 20/20 = 100%.
        var finding = Judge(Id, Rates(20, 20, 36), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.BoundsStraddleTarget, finding.Reason);
    }

    [Fact]
    public void Upper_bound_below_85_percent_is_not_met_with_the_campuses_still_needed()
    {
        // upper = min(16, 20)/20 = 80% < 85%; ⌈0.85 × 20⌉ = 17 needed, 16 at most: 1 more.
        var finding = Judge(Id, Rates(20, 0, 16), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(1, finding.Shortfall);
        Assert.Equal(17, finding.Figure("campuses-needed"));
    }

    [Fact]
    public void A_rate_a_hair_below_85_percent_is_not_met_where_floating_point_would_say_met()
    {
        // 84 999 999 999 999 999 / 10^17 is 0.85 as a double; exactly it is below 85%.
        const long den = 100_000_000_000_000_000;
        const long num = 84_999_999_999_999_999;
        Assert.True((double)num / den >= 0.85);

        var finding = Judge(Id, Rates(den, 0, num), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(1, finding.Shortfall);
    }

    [Fact]
    public void A_rate_of_exactly_85_percent_with_large_counts_is_met()
    {
        const long den = 100_000_000_000_000_000;
        var finding = Judge(Id, Rates(den, 0, 85_000_000_000_000_000), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
    }

    [Fact]
    public void No_urban_campus_is_not_applicable_after_the_due_date()
    {
        var finding = Judge(Id, Rates(0, 30, 30), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.NotApplicable, finding.Status);
        Assert.Null(finding.Bounds);
    }

    [Fact]
    public void Before_and_on_the_due_date_it_is_not_due_but_carries_the_bounds()
    {
        foreach (var asOf in new[] { D(2017, 6, 1), Due })
        {
            var finding = Judge(Id, Rates(20, 0, 16), asOf);

            Assert.Equal(ComplianceStatus.NotDue, finding.Status);
            Assert.Equal(new Ratio(16, 20), finding.Bounds!.Lower);
            Assert.Equal(new Ratio(16, 20), finding.Bounds.Upper);
            Assert.Equal(Due, finding.Due);
        }
    }

    [Fact]
    public void Short_in_data_that_predates_the_deadline_cannot_tell()
    {
        var finding = Judge(Id, Rates(20, 0, 16, month: 9), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
    }

    [Fact]
    public void Reached_in_data_that_predates_the_deadline_is_met()
    {
        Assert.Equal(ComplianceStatus.Met, Judge(Id, Rates(20, 0, 18, month: 8), Due.PlusDays(1)).Status);
    }

    [Fact]
    public void A_blank_A18_cannot_tell()
    {
        var finding = Judge(Id, Report(2017, 10, b => b.SetTotal("A18", null)), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.BlankCell, finding.Reason);
        Assert.Null(finding.Bounds);
    }

    [Fact]
    public void The_units_reports_give_tighter_bounds_and_say_so()
    {
        // 中原区: 10 urban, 0 rural, 10 meeting the standard. 二七区: 0 urban, 10 rural, 0 meeting it.
        // City totals: A02 = 10, A03 = 10, A18 = 10 → bounds 0/10 … 10/10 (cannot tell).
        // Units: lower = max(0, 10 − 0) + max(0, 0 − 10) = 10 → 10/10 (met).
        var zhongyuan = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 10).SetTotal("A03", 0).SetTotal("A18", 10), Zhongyuan);
        var erqi = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 0).SetTotal("A03", 10).SetTotal("A18", 0), Erqi);
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, City, new YearMonth(2017, 10), [zhongyuan, erqi]);

        var alone = Judge(Id, rollUp.Report, Due.PlusDays(1));
        var withUnits = new ComplianceChecker().Check(rollUp, Due.PlusDays(1)).Find(Id)!;

        Assert.Equal(ComplianceStatus.CannotTell, alone.Status);
        Assert.Equal(BoundsBasis.ReportTotals, alone.Bounds!.Basis);
        Assert.Equal(new Ratio(0, 10), alone.Bounds.Lower);
        Assert.Equal(ComplianceStatus.Met, withUnits.Status);
        Assert.Equal(BoundsBasis.UnitReports, withUnits.Bounds!.Basis);
        Assert.Equal(new Ratio(10, 10), withUnits.Bounds.Lower);
        Assert.Contains("各单位", withUnits.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_reports_that_do_not_sum_to_the_report_are_refused()
    {
        var unit = Report(2017, 10, b => b.SetTotal("A02", 5).SetTotal("A03", 0).SetTotal("A01", 5).SetTotal("A18", 5), Zhongyuan);

        var e = Assert.Throws<ComplianceException>(() => new ComplianceChecker().Check(Rates(20, 0, 18), Due.PlusDays(1), [unit]));

        Assert.Equal(ComplianceErrorCodes.UnitReportsMismatch, e.Code);
    }

    [Fact]
    public void A_register_settles_the_rate_exactly()
    {
        // 20 urban campuses, 17 meeting the standard: exactly 85%. 5 rural campuses, none meeting it.
        var campuses = Enumerable.Range(1, 20).Select(i => Campus($"u{i}") with { MeetsNationalStandard = i <= 17 })
            .Concat(Enumerable.Range(1, 5).Select(i => Campus($"r{i}", CampusLocation.Rural) with { MeetsNationalStandard = false }))
            .ToArray();
        var rule = RuleCatalogue.CreateDefault().Get(Id);

        var finding = Judge(rule, RegisterOf(D(2017, 10, 31), campuses), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.Equal(BoundsBasis.Exact, finding.Bounds!.Basis);
        Assert.Equal(new Ratio(17, 20), finding.Bounds.Lower);
        Assert.True(finding.Bounds.IsExact);
    }

    [Fact]
    public void A_register_below_the_target_lists_the_urban_campuses_below_the_standard()
    {
        var campuses = Enumerable.Range(1, 20).Select(i => Campus($"u{i}") with { MeetsNationalStandard = i <= 16 }).ToArray();
        var rule = RuleCatalogue.CreateDefault().Get(Id);

        var finding = Judge(rule, RegisterOf(D(2017, 11, 1), campuses), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(["u17", "u18", "u19", "u20"], finding.Campuses.Select(c => c.CampusCode));
        Assert.Equal(1, finding.Shortfall);
    }

    [Fact]
    public void The_target_is_a_parameter()
    {
        var catalogue = RuleCatalogue.CreateDefault().Configure<UrbanTechDefenceRateRule>(Id, r => r with { Target = Ratio.FromPercent(90) });
        var finding = new ComplianceChecker(catalogue).Check(Rates(20, 0, 17), Due.PlusDays(1)).Find(Id)!;

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(Ratio.FromPercent(90), finding.Bounds!.Target);
    }
}
