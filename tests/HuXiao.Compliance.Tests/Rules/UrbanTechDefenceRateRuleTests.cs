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

    [Fact]
    public void A18_above_A02_plus_A03_cannot_tell_and_asks_for_the_report_to_be_validated()
    {
        var finding = Judge(Id, Rates(20, 10, 31), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.InvalidValue, finding.Reason);
        Assert.Contains("A18超过A02+A03", finding.Message, StringComparison.Ordinal);
        Assert.Contains("A18 exceeds A02 + A03", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Null(finding.Bounds);
    }

    [Theory]
    [InlineData("A18")]
    [InlineData("A02")]
    [InlineData("A03")]
    public void A_negative_figure_cannot_tell_and_is_named_as_negative(string code)
    {
        var finding = Judge(Id, Report(2017, 10, b => b.SetTotal(code, -3)), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.InvalidValue, finding.Reason);
        Assert.Contains($"{code}为负数", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"{code} is negative", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("exceeds", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_A02_is_named_as_blank()
    {
        var finding = Judge(Id, Report(2017, 10, b => b.SetTotal("A02", null)), Due.PlusDays(1));

        Assert.Equal(FindingReason.BlankCell, finding.Reason);
        Assert.Contains("A02 is blank", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_whose_sum_leaves_64_bits_are_judged_not_thrown()
    {
        // A02 + A03 is beyond the 64-bit range; A18 is within both, so the bounds are 0/A02 … A18/A02.
        var report = Report(2017, 10, b => b.SetTotal("A01", long.MaxValue).SetTotal("A02", long.MaxValue - 5).SetTotal("A03", 10).SetTotal("A18", 7));

        var finding = Judge(Id, report, Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(new Ratio(0, long.MaxValue - 5), finding.Bounds!.Lower);
        Assert.Equal(new Ratio(7, long.MaxValue - 5), finding.Bounds.Upper);
    }

    [Fact]
    public void Units_reports_whose_A02_sum_leaves_64_bits_are_refused_as_not_the_reports_combined()
    {
        var big = Report(2017, 10, b => b.SetTotal("A01", long.MaxValue).SetTotal("A02", long.MaxValue).SetTotal("A03", 0).SetTotal("A18", long.MaxValue), Zhongyuan);
        var more = Report(2017, 10, b => b.SetTotal("A01", 2).SetTotal("A02", 2).SetTotal("A03", 0).SetTotal("A18", 2), Erqi);
        var total = Rates(long.MaxValue, 0, long.MaxValue);

        var e = Assert.Throws<ComplianceException>(() => new ComplianceChecker().Check(total, Due.PlusDays(1), [big, more]));

        Assert.Equal(ComplianceErrorCodes.UnitReportsMismatch, e.Code);
        Assert.Contains(((Int128)long.MaxValue + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_reports_that_do_not_sum_to_the_report_are_refused_naming_both_sums()
    {
        var unit = Report(2017, 10, b => b.SetTotal("A02", 5).SetTotal("A03", 0).SetTotal("A01", 5).SetTotal("A18", 5), Zhongyuan);

        var e = Assert.Throws<ComplianceException>(() => new ComplianceChecker().Check(Rates(20, 0, 18), Due.PlusDays(1), [unit]));

        Assert.Contains("5", e.Message, StringComparison.Ordinal);
        Assert.Contains("20", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 10, 0)] // a unit's A18 negative
    [InlineData(5, -1, 0)] // a unit's A02 negative
    [InlineData(0, 10, -1)] // a unit's A03 negative
    [InlineData(11, 10, 0)] // a unit's A18 above its A02 + A03
    public void A_unit_report_that_cannot_be_used_leaves_the_totals_bounds(long a18, long a02, long a03)
    {
        var odd = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", a02).SetTotal("A03", a03).SetTotal("A18", a18), Zhongyuan);
        var other = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 10 - a02).SetTotal("A03", 0).SetTotal("A18", 0), Erqi);
        var total = Rates(10, 10, 10);

        var finding = new ComplianceChecker().Check(total, Due.PlusDays(1), [odd, other]).Find(Id)!;

        Assert.Equal(BoundsBasis.ReportTotals, finding.Bounds!.Basis);
        Assert.Equal(new Ratio(0, 10), finding.Bounds.Lower);
    }

    [Fact]
    public void The_units_reports_are_not_used_when_switched_off()
    {
        var zhongyuan = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 10).SetTotal("A03", 0).SetTotal("A18", 10), Zhongyuan);
        var erqi = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 0).SetTotal("A03", 10).SetTotal("A18", 0), Erqi);
        var rule = new UrbanTechDefenceRateRule { UseUnitReports = false };

        var finding = rule.Judge(new ReportCheckContext(Rates(10, 10, 10), Due.PlusDays(1), [zhongyuan, erqi]));

        Assert.Equal(BoundsBasis.ReportTotals, finding.Bounds!.Basis);
        Assert.Equal("false", Assert.Single(rule.Parameters, p => p.Name == "UseUnitReports").Value);
        Assert.Equal("true", Assert.Single(new UrbanTechDefenceRateRule().Parameters, p => p.Name == "UseUnitReports").Value);
    }

    [Fact]
    public void A_register_without_urban_campuses_is_not_due_before_the_due_date_and_not_applicable_after()
    {
        var rule = RuleCatalogue.CreateDefault().Get(Id);
        var register = RegisterOf(D(2017, 10, 1), Campus("r1", CampusLocation.Rural));

        Assert.Equal(ComplianceStatus.NotDue, Judge(rule, register, D(2017, 10, 1)).Status);
        var after = Judge(rule, register, Due.PlusDays(1));
        Assert.Equal(ComplianceStatus.NotApplicable, after.Status);
        Assert.Equal(["A18", "A02", "A03"], after.IndicatorCodes);
        Assert.Equal(1, after.Value("A03"));
    }

    [Fact]
    public void A_register_meeting_the_target_lists_no_campus_even_with_some_below_the_standard()
    {
        var campuses = Enumerable.Range(1, 20).Select(i => Campus($"u{i}") with { MeetsNationalStandard = i <= 18 }).ToArray();

        var finding = Judge(RuleCatalogue.CreateDefault().Get(Id), RegisterOf(D(2017, 11, 1), campuses), Due.PlusDays(1));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.Empty(finding.Campuses);
    }

    [Fact]
    public void The_campuses_below_the_standard_share_the_findings_verdict()
    {
        var campuses = Enumerable.Range(1, 20).Select(i => Campus($"u{i}") with { MeetsNationalStandard = i <= 16 }).ToArray();
        var rule = RuleCatalogue.CreateDefault().Get(Id);

        var notMet = Judge(rule, RegisterOf(D(2017, 11, 1), campuses), Due.PlusDays(1));
        var predates = Judge(rule, RegisterOf(D(2017, 9, 1), campuses), Due.PlusDays(1));
        var notDue = Judge(rule, RegisterOf(D(2017, 9, 1), campuses), D(2017, 9, 1));

        Assert.All(notMet.Campuses, c => Assert.Equal(ComplianceStatus.NotMet, c.Status));
        Assert.Equal(ComplianceStatus.CannotTell, predates.Status);
        Assert.All(predates.Campuses, c => Assert.Equal(ComplianceStatus.CannotTell, c.Status));
        Assert.Equal(ComplianceStatus.NotDue, notDue.Status);
        Assert.All(notDue.Campuses, c => Assert.Equal(ComplianceStatus.NotDue, c.Status));
        Assert.All(notMet.Campuses, c => Assert.Contains("国家标准", c.Message, StringComparison.Ordinal));
        Assert.All(notMet.Campuses, c => Assert.Contains("national standard", c.EnglishMessage, StringComparison.Ordinal));
        Assert.Equal(4, notDue.Campuses.Count);
    }

    [Fact]
    public void The_evidence_is_the_registers_totals()
    {
        var campuses = new[] { Campus("u1"), Campus("u2") with { MeetsNationalStandard = false }, Campus("r1", CampusLocation.Rural) };

        var finding = Judge(RuleCatalogue.CreateDefault().Get(Id), RegisterOf(D(2017, 11, 1), campuses), Due.PlusDays(1));

        Assert.Equal(["A18", "A02", "A03"], finding.IndicatorCodes);
        Assert.Equal((2, 2, 1), (finding.Value("A18"), finding.Value("A02"), finding.Value("A03")));
    }

    [Fact]
    public void The_due_date_is_a_setting_that_says_so()
        => Assert.StartsWith("setting", new UrbanTechDefenceRateRule().DueSource, StringComparison.Ordinal);

    [Fact]
    public void No_urban_campus_says_A02_is_0_in_both_languages()
    {
        var finding = Judge(Id, Rates(0, 30, 30), Due.PlusDays(1));

        Assert.Contains("A02", finding.Message[finding.Title.Length..], StringComparison.Ordinal);
        Assert.Contains("A02 = 0", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_from_the_units_reports_say_so_in_both_languages()
    {
        var zhongyuan = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 10).SetTotal("A03", 0).SetTotal("A18", 10), Zhongyuan);
        var erqi = Report(2017, 10, b => b.SetTotal("A01", 10).SetTotal("A02", 0).SetTotal("A03", 10).SetTotal("A18", 0), Erqi);

        var finding = new ComplianceChecker().Check(Rates(10, 10, 10), Due.PlusDays(1), [zhongyuan, erqi]).Find(Id)!;

        Assert.Contains("各单位", finding.Message, StringComparison.Ordinal);
        Assert.Contains("units' reports", finding.EnglishMessage, StringComparison.Ordinal);
    }
}
