using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Findings;

public sealed class ComplianceFindingTests
{
    private static readonly ComplianceChecker Checker = new();

    [Fact]
    public void A_target_not_met_is_an_error_in_the_one_finding_shape_with_its_status_clause_and_both_messages()
    {
        var report = Report(2017, 11, b => b.SetTotal("A19", 60));   // 60 of 100 campuses' alarms linked
        var original = Checker.Check(report, D(2017, 12, 1)).Findings.First(f => f.Status == ComplianceStatus.NotMet && f.IndicatorCodes.Contains("A19"));
        var finding = original.ToFinding();
        Assert.Equal(FindingKind.Compliance, finding.Kind);
        Assert.Equal(original.RuleCode, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("not-met", finding.Status);
        Assert.Equal(City.Code, finding.UnitCode);
        Assert.Equal(new YearMonth(2017, 11), finding.Period);
        Assert.Equal(original.Source, finding.Clause);
        Assert.Equal(original.IndicatorCodes, finding.Indicators);
        Assert.Equal(new BilingualText(original.Message, original.EnglishMessage), finding.Message);
        Assert.Equal(new BilingualText(original.Title, original.EnglishTitle), original.TitleText);
        Assert.Null(finding.Location);
        Assert.Equal($"$.total.{original.IndicatorCodes[0]}", original.ToFinding(JsonPathLocator.Instance).Location);
    }

    [Theory]
    [InlineData(ComplianceStatus.Met, FindingSeverity.Information)]
    [InlineData(ComplianceStatus.NotMet, FindingSeverity.Error)]
    [InlineData(ComplianceStatus.CannotTell, FindingSeverity.Warning)]
    [InlineData(ComplianceStatus.NotDue, FindingSeverity.Information)]
    [InlineData(ComplianceStatus.NotApplicable, FindingSeverity.Information)]
    public void Each_status_has_its_severity_and_keeps_its_wire_name(ComplianceStatus status, FindingSeverity severity)
    {
        var any = Checker.Check(Report(2017, 11), D(2017, 12, 1)).Findings[0] with { Status = status };
        var finding = any.ToFinding();
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(status.ToWireName(), finding.Status);
    }

    [Fact]
    public void Every_finding_of_a_month_is_one_shape_with_its_unit_and_month()
    {
        var result = Checker.Check(Report(2017, 11, b => b.SetTotal("A19", null), Zhongyuan), D(2017, 12, 1));
        Assert.All(result.Findings.Select(f => f.ToFinding()), f =>
        {
            Assert.Equal((FindingKind.Compliance, Zhongyuan.Code, (YearMonth?)new YearMonth(2017, 11)), (f.Kind, f.UnitCode, f.Period));
            Assert.False(string.IsNullOrWhiteSpace(f.Message.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(f.Message.English));
        });
        Assert.Contains(result.Findings, f => f.ToFinding().Severity == FindingSeverity.Warning);   // A19 blank: cannot tell
    }
}
