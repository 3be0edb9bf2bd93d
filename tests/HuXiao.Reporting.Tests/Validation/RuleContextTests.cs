using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation;

public class RuleContextTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;

    [Fact]
    public void A_rule_not_checked_for_two_blanks_names_both_in_each_language()
    {
        var rule = new AtMostRule("guards-within-all", FindingSeverity.Error, [("A05", "A01")], [ReportRow.Total], "有保安的校园不多于全部校园", "Campuses with guards are at most all campuses");
        var report = TestData.CleanBuilder().SetTotal("A05", null).SetTotal("A01", null).Build();
        var finding = Assert.Single(RuleSet.Create(Form, [rule]).Validate(report).Findings);
        Assert.True(finding.IsNotChecked);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("合计：A05、A01 未填，规则“有保安的校园不多于全部校园”未检查。", finding.Message);
        Assert.Equal("total: A05, A01 blank, so rule 'Campuses with guards are at most all campuses' was not checked.", finding.EnglishMessage);
    }

    [Theory]
    [InlineData(true, "message")]
    [InlineData(false, "englishMessage")]
    public void A_finding_without_a_message_is_refused_naming_which(bool chineseMissing, string parameter)
    {
        var rules = RuleSet.Create(Form, [new SaysNothing(chineseMissing)]);
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(() => rules.Validate(TestData.Clean())).ParamName);
    }

    private sealed class SaysNothing(bool chineseMissing) : ConsistencyRule("says-nothing", FindingSeverity.Error, ["A01"], "无话", "Says nothing")
    {
        public override void Check(in RuleContext context)
            => context.Fail(ReportRow.Total, chineseMissing ? null! : "有话", chineseMissing ? "words" : null!, 0);
    }
}
