using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation;

public class ConsistencyRuleTests
{
    [Fact]
    public void A_rule_reads_as_its_code_and_english_title()
    {
        Assert.Equal("total-chain: This month's total = last month's total + this month's new", new TotalChainRule(["A01"]).ToString());
        Assert.Equal("blank-cell: A cell is blank (not filled, not zero)", new BlankCellRule(["A01"]).ToString());
    }
}
