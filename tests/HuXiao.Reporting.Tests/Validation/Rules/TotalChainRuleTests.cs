using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;
using NodaTime;

namespace HuXiao.Reporting.Tests.Validation.Rules;

public class TotalChainRuleTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;
    private static readonly RuleSet Chain = RuleSet.Create(Form, [new TotalChainRule(["A01"])]);

    private static MonthlyReport April(long? a01Total) => MonthlyReport.CreateBuilder(Form, TestData.Zhongyuan, new YearMonth(2017, 4)).SetTotal("A01", a01Total).Build();

    private static MonthlyReport May(long? a01New, long? a01Total) => MonthlyReport.CreateBuilder(Form, TestData.Zhongyuan, TestData.May2017).SetBoth("A01", a01New, a01Total).Build();

    [Fact]
    public void The_rule_needs_last_months_report_and_is_skipped_without_it()
    {
        Assert.True(new TotalChainRule(["A01"]).NeedsPrevious);
        Assert.Empty(Chain.Validate(May(2, 999)).Findings);
        Assert.Single(Chain.Validate(May(2, 999), April(120)).Findings);
    }

    [Fact]
    public void Run_inside_another_rule_without_last_months_report_it_records_nothing()
    {
        var wrapped = RuleSet.Create(Form, [new Wrapping(new TotalChainRule(["A01"]))]);
        Assert.Empty(wrapped.Validate(May(2, 999)).Findings);
        Assert.Single(wrapped.Validate(May(2, 999), April(120)).Findings);
    }

    [Fact]
    public void A_total_that_does_not_chain_is_an_error_giving_the_sum_expected()
    {
        var finding = Assert.Single(Chain.Validate(May(2, 121), April(120)).Findings);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ReportRow.Total, finding.Row);
        Assert.Equal(["A01"], finding.Indicators);
        Assert.Equal([121L], finding.Values);
        Assert.Equal("合计：全部校园数(A01)=121，但上月合计 120 + 本月新增 2 = 122。", finding.Message);
        Assert.Equal("Total: A01 (all campuses) = 121, but last month's total 120 + this month's new 2 = 122.", finding.EnglishMessage);
        Assert.Empty(Chain.Validate(May(2, 122), April(120)).Findings);
    }

    [Fact]
    public void A_sum_past_the_64_bit_range_is_an_error_not_a_wrapped_total()
    {
        // long.MaxValue + 1 wraps to long.MinValue unchecked: the chain must not hold by accident.
        var finding = Assert.Single(Chain.Validate(May(1, long.MinValue), April(long.MaxValue)).Findings);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("合计：全部校园数(A01)=-9223372036854775808，但上月合计 9223372036854775807 + 本月新增 1 超出范围。", finding.Message);
        Assert.Equal("Total: A01 (all campuses) = -9223372036854775808, but last month's total 9223372036854775807 + this month's new 1 is more than the 64-bit range.", finding.EnglishMessage);
    }

    [Fact]
    public void All_three_cells_blank_is_no_finding_of_the_chain()
        => Assert.Empty(Chain.Validate(May(null, null), April(null)).Findings);

    [Theory]
    [InlineData(null, 2L, 122L, "上月合计", "last month's total")]
    [InlineData(120L, null, 122L, "本月新增", "this month's new")]
    [InlineData(120L, 2L, null, "本月合计", "this month's total")]
    [InlineData(null, null, 122L, "上月合计、本月新增", "last month's total, this month's new")]
    [InlineData(120L, null, null, "本月新增、本月合计", "this month's new, this month's total")]
    [InlineData(null, 2L, null, "上月合计、本月合计", "last month's total, this month's total")]
    public void A_blank_cell_of_the_chain_is_a_warning_naming_which_so_the_chain_was_not_checked(long? before, long? added, long? total, string zh, string en)
    {
        var finding = Assert.Single(Chain.Validate(May(added, total), April(before)).Findings);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(ReportRow.Total, finding.Row);
        Assert.Equal(["A01"], finding.Indicators);
        Assert.Equal([total], finding.Values);
        Assert.Equal($"全部校园数(A01)：{zh}未填，合计衔接未检查。", finding.Message);
        Assert.Equal($"A01 (all campuses): {en} blank, so the total chain was not checked.", finding.EnglishMessage);
    }

    /// <summary>A rule of a caller's own that runs a chain check inside it, as a composite rule might.</summary>
    private sealed class Wrapping(ConsistencyRule inner) : ConsistencyRule("wrapped-" + inner.Code, inner.Severity, inner.Indicators, inner.Title, inner.EnglishTitle)
    {
        public override void Check(in RuleContext context) => inner.Check(context);
    }
}
