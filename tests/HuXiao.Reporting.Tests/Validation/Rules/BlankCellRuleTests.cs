using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation.Rules;

public class BlankCellRuleTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;

    [Fact]
    public void A_report_with_every_cell_blank_is_one_warning_for_the_whole_report()
    {
        var blank = MonthlyReport.Blank(Form, TestData.Zhongyuan, TestData.May2017);
        var finding = Assert.Single(RuleSet.Create(Form, [new BlankCellRule(["A01"])]).Validate(blank, locator: JsonPathLocator.Instance).Findings);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("报表全部未填。", finding.Message);
        Assert.Equal("Every cell of the report is blank.", finding.EnglishMessage);
        Assert.Null(finding.Row);
        Assert.Empty(finding.Indicators);
        // No cell is in question, so there is nowhere to point.
        Assert.Null(finding.Location);
    }

    [Fact]
    public void A_rule_over_no_indicator_still_finds_an_all_blank_report_in_a_batch()
    {
        var rules = RuleSet.Create(Form, [new BlankCellRule([])]);
        var batch = ReportBatch.FromReports(Form, TestData.May2017, [TestData.Clean(), MonthlyReport.Blank(Form, TestData.Erqi, TestData.May2017)]);
        var finding = Assert.Single(rules.ValidateBatch(batch, maxDegreeOfParallelism: 1).Findings);
        Assert.Equal("410103", finding.UnitCode);
        Assert.Equal("报表全部未填。", finding.Message);
    }
}
