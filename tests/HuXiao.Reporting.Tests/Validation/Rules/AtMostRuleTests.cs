using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation.Rules;

public class AtMostRuleTests
{
    [Fact]
    public void A_rule_without_a_pair_or_a_row_is_refused_saying_what_it_needs()
    {
        var noPair = Assert.Throws<ArgumentException>(() => new AtMostRule("r", FindingSeverity.Error, [], [ReportRow.Total], "标题", "title"));
        Assert.Equal("pairs", noPair.ParamName);
        Assert.StartsWith("An at-most rule needs at least one pair.", noPair.Message, StringComparison.Ordinal);

        var noRow = Assert.Throws<ArgumentException>(() => new AtMostRule("r", FindingSeverity.Error, [("A05", "A01")], [], "标题", "title"));
        Assert.Equal("rows", noRow.ParamName);
        Assert.StartsWith("A rule needs at least one row.", noRow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_pair_and_one_row_is_enough()
    {
        var rule = new AtMostRule("r", FindingSeverity.Error, [("A05", "A01")], [ReportRow.Total], "标题", "title");
        Assert.Equal([("A05", "A01")], rule.Pairs);
        Assert.Equal(["A05", "A01"], rule.Indicators);
    }
}
