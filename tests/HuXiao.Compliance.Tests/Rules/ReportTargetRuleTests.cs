using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public class ReportTargetRuleTests
{
    // id, achieved, target, target's value in TestData.Report, due date, source clause (campaign-2017.md).
    public static TheoryData<string, string, string, long, LocalDate, string> Targets => new()
    {
        { "guards-on-every-campus", "A05", "A01", 100, D(2017, 5, 31), "二(一)3" },
        { "security-staff-on-every-campus", "A07", "A01", 100, D(2017, 5, 31), "二(一)3" },
        { "protective-equipment", "A10", "A01", 100, D(2017, 5, 31), "二(一)3" },
        { "gate-video", "A16", "A01", 100, D(2017, 5, 31), "二(一)4" },
        { "closed-management", "A08", "A01", 100, D(2017, 5, 31), "二(一)5" },
        { "anti-ramming-barriers", "A12", "A11", 30, D(2017, 5, 31), "二(一)5" },
        { "traffic-facilities", "A14", "A13", 20, D(2017, 5, 31), "二(一)5" },
        { "one-touch-alarm", "A19", "A01", 100, D(2017, 10, 31), "二(一)4" },
    };

    private static MonthlyReport FiveShort(YearMonth period, string achieved, long target)
        => Report(period, b => b.SetTotal(achieved, target - 5));

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_day_before_the_due_date_it_is_not_due_even_when_short(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        var finding = Judge(id, FiveShort(due.ToYearMonth(), achieved, targetValue), due.PlusDays(-1));

        Assert.Equal(ComplianceStatus.NotDue, finding.Status);
        Assert.Equal(FindingReason.NotYetDue, finding.Reason);
        Assert.Equal(due, finding.Due);
        Assert.Equal(source, finding.Source);
        Assert.Equal(5, finding.Shortfall);
        Assert.Equal([achieved, target], finding.IndicatorCodes);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void On_the_due_date_it_is_still_not_due(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        _ = (target, source);
        var finding = Judge(id, FiveShort(due.ToYearMonth(), achieved, targetValue), due);

        Assert.Equal(ComplianceStatus.NotDue, finding.Status);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void After_the_due_date_data_of_the_due_month_short_by_five_is_not_met(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        _ = source;
        var finding = Judge(id, FiveShort(due.ToYearMonth(), achieved, targetValue), due.PlusDays(1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(5, finding.Shortfall);
        Assert.Equal(5, finding.Figure("shortfall"));
        Assert.Equal(targetValue - 5, finding.Value(achieved));
        Assert.Equal(targetValue, finding.Value(target));
        Assert.Contains("未达标", finding.Message, StringComparison.Ordinal);
        Assert.Contains("差5所", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void After_the_due_date_short_data_of_an_earlier_month_cannot_tell(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        _ = (target, source);
        var earlier = due.ToYearMonth().PlusMonths(-1);
        var finding = Judge(id, FiveShort(earlier, achieved, targetValue), due.PlusDays(20));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
        Assert.Contains("早于", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_target_reached_in_older_data_is_met(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        _ = (achieved, target, targetValue, source);
        var earlier = due.ToYearMonth().PlusMonths(-2);
        var finding = Judge(id, Report(earlier), due.PlusDays(1));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.Equal(0, finding.Shortfall);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_blank_input_cell_cannot_tell(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        _ = (target, targetValue, source);
        var finding = Judge(id, Report(due.ToYearMonth(), b => b.SetTotal(achieved, null)), due.PlusDays(1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.BlankCell, finding.Reason);
        Assert.Null(finding.Value(achieved));
        Assert.Null(finding.Shortfall);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_blank_cell_before_the_due_date_is_still_not_due(string id, string achieved, string target, long targetValue, LocalDate due, string source)
    {
        _ = (targetValue, source);
        var finding = Judge(id, Report(due.ToYearMonth(), b => b.SetTotal(achieved, null).SetTotal(target, null)), due.PlusDays(-10));

        Assert.Equal(ComplianceStatus.NotDue, finding.Status);
    }

    [Fact]
    public void Zero_campuses_needing_barriers_is_not_applicable()
    {
        var finding = Judge("anti-ramming-barriers", Report(2017, 6, b => b.SetTotal("A11", 0).SetTotal("A12", 0)), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.NotApplicable, finding.Status);
    }

    [Fact]
    public void A_negative_value_cannot_tell()
    {
        var finding = Judge("closed-management", Report(2017, 6, b => b.SetTotal("A08", -1)), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.InvalidValue, finding.Reason);
    }

    [Fact]
    public void In_a_roll_up_a_cell_some_units_left_blank_cannot_tell()
    {
        // 中原区 filled A08 = 50 of 50; 二七区 left A08 blank. The city's A08 (50) would read as 50 short of 100.
        var zhongyuan = Report(2017, 6, b => b.SetTotal("A01", 50).SetTotal("A08", 50), Zhongyuan);
        var erqi = Report(2017, 6, b => b.SetTotal("A01", 50).SetTotal("A08", null), Erqi);
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, City, new YearMonth(2017, 6), [zhongyuan, erqi]);

        var finding = new ComplianceChecker().Check(rollUp, D(2017, 7, 1)).Find("closed-management")!;

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.BlankCell, finding.Reason);
        Assert.Contains("410103", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_units_the_same_city_total_is_not_met()
    {
        var city = Report(2017, 6, b => b.SetTotal("A08", 50));

        Assert.Equal(ComplianceStatus.NotMet, Judge("closed-management", city, D(2017, 7, 1)).Status);
    }

    [Fact]
    public void A_register_is_judged_campus_by_campus_and_lists_the_campuses_short()
    {
        var register = RegisterOf(D(2017, 6, 30),
            Campus("c1") with { NeedsAntiRammingBarriers = true, HasAntiRammingBarriers = true },
            Campus("c2") with { NeedsAntiRammingBarriers = true, HasAntiRammingBarriers = false },
            // Has barriers without needing them: counted in A12, so the summary reads A12 = 2 ≥ A11 = 2 ...
            Campus("c3") with { HasAntiRammingBarriers = true });
        var rule = RuleCatalogue.CreateDefault().Get("anti-ramming-barriers");

        var finding = Judge(rule, register, D(2017, 7, 1));

        // ... but c2 needs barriers and has none: per campus, the target is not met.
        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(1, finding.Shortfall);
        Assert.Equal("c2", Assert.Single(finding.Campuses).CampusCode);
        Assert.Equal(2, finding.Value("A12"));
        Assert.Equal(2, finding.Value("A11"));
    }

    [Fact]
    public void A_register_recorded_before_the_deadline_cannot_tell_when_short()
    {
        var register = RegisterOf(D(2017, 5, 20), Campus("c1"), Campus("c2") with { ClosedManagement = false });
        var rule = RuleCatalogue.CreateDefault().Get("closed-management");

        var finding = Judge(rule, register, D(2017, 6, 10));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
        Assert.Equal(ComplianceStatus.CannotTell, Assert.Single(finding.Campuses).Status);
    }

    [Fact]
    public void A_target_rule_without_a_due_source_has_an_empty_one()
    {
        var rule = new ReportTargetRule("own-target", "自定目标", "Own target", "附件", "A08", "A01", null, null!);

        Assert.Equal(string.Empty, rule.DueSource);
        Assert.Null(rule.Due);
        Assert.Equal(string.Empty, Assert.Single(rule.Parameters, p => p.Name == "Due").Source);
    }

    [Fact]
    public void A_blank_cell_is_named_whichever_of_the_two_it_is()
    {
        var achievedBlank = Judge("closed-management", Report(2017, 6, b => b.SetTotal("A08", null)), D(2017, 7, 1));
        var targetBlank = Judge("closed-management", Report(2017, 6, b => b.SetTotal("A01", null)), D(2017, 7, 1));

        Assert.Contains("A08", achievedBlank.Message[achievedBlank.Title.Length..], StringComparison.Ordinal);
        Assert.Contains("A08 is blank", achievedBlank.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("A01", targetBlank.Message[targetBlank.Title.Length..], StringComparison.Ordinal);
        Assert.Contains("A01 is blank", targetBlank.EnglishMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("A08 is blank", targetBlank.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_state_both_figures_in_both_languages()
    {
        var finding = Judge("closed-management", Report(2017, 6, b => b.SetTotal("A08", 93)), D(2017, 7, 1));

        Assert.Contains("A08=93", finding.Message, StringComparison.Ordinal);
        Assert.Contains("A01=100", finding.Message, StringComparison.Ordinal);
        Assert.Contains("A08 = 93", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("A01 = 100", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("7 campus(es) short", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_of_zero_is_named_as_what_makes_it_not_applicable()
    {
        var finding = Judge("anti-ramming-barriers", Report(2017, 6, b => b.SetTotal("A11", 0).SetTotal("A12", 0)), D(2017, 7, 1));

        Assert.Contains("A11", finding.Message[finding.Title.Length..], StringComparison.Ordinal);
        Assert.Contains("A11 is 0", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_campus_short_in_a_register_is_named_with_the_indicator_it_is_not_counted_in()
    {
        var register = RegisterOf(D(2017, 6, 30), Campus("c1"), Campus("c2") with { ClosedManagement = false });

        var campus = Assert.Single(Judge(RuleCatalogue.CreateDefault().Get("closed-management"), register, D(2017, 7, 1)).Campuses);

        Assert.Contains("A08", campus.Message, StringComparison.Ordinal);
        Assert.Contains("A08", campus.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_rule_keeps_the_due_source_it_is_given()
        => Assert.Equal("setting: test", new ReportTargetRule("own-target", "自定目标", "Own target", "附件", "A08", "A01", D(2017, 5, 31), "setting: test").DueSource);
}
