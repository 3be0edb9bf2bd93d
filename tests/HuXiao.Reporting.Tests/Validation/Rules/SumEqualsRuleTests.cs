using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation.Rules;

public class SumEqualsRuleTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;

    [Fact]
    public void A_rule_without_a_part_or_a_row_is_refused_saying_what_it_needs()
    {
        var noPart = Assert.Throws<ArgumentException>(() => new SumEqualsRule("r", FindingSeverity.Error, "A01", [], [ReportRow.Total], "标题", "title"));
        Assert.Equal("parts", noPart.ParamName);
        Assert.StartsWith("A sum rule needs at least one part.", noPart.Message, StringComparison.Ordinal);

        var noRow = Assert.Throws<ArgumentException>(() => new SumEqualsRule("r", FindingSeverity.Error, "A01", ["A02"], [], "标题", "title"));
        Assert.Equal("rows", noRow.ParamName);
        Assert.StartsWith("A rule needs at least one row.", noRow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_part_and_one_row_is_enough()
        => Assert.Equal(["A01", "A02"], new SumEqualsRule("r", FindingSeverity.Error, "A01", ["A02"], [ReportRow.Total], "标题", "title").Indicators);

    [Fact]
    public void Parts_summing_past_the_64_bit_range_are_found_in_a_batch_as_in_one_report()
    {
        // long.MaxValue + 1 wraps to long.MinValue: the batch screen must not take that for the whole.
        var rules = RuleSet.Create(Form, [Form.Rules.Single(r => r.Code == "urban-plus-rural")]);
        var report = TestData.CleanBuilder().SetTotal("A02", long.MaxValue).SetTotal("A03", 1).SetTotal("A01", long.MinValue).Build();
        var finding = Assert.Single(rules.Validate(report).Findings);
        Assert.Equal("合计：A02=9223372036854775807 + A03=1 之和为 超出范围，不等于全部校园数(A01)=-9223372036854775808。", finding.Message);

        var batch = ReportBatch.FromReports(Form, TestData.May2017, [report]);
        Assert.Equal([finding], rules.ValidateBatch(batch, maxDegreeOfParallelism: 1).Findings);
    }
}
