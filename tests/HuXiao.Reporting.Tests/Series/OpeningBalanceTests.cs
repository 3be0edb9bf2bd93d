namespace HuXiao.Reporting.Tests.Series;

public class OpeningBalanceTests
{
    [Fact]
    public void Every_way_to_make_an_opening_balance_needs_its_argument_naming_it()
    {
        Assert.Equal("schema", Assert.Throws<ArgumentNullException>(() => OpeningBalance.FlowsAtZero(null!)).ParamName);
        Assert.Equal("schema", Assert.Throws<ArgumentNullException>(() => OpeningBalance.Zero(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => OpeningBalance.FromTotals(null!)).ParamName);
    }

    [Fact]
    public void Flows_start_at_zero_and_stocks_unknown_or_at_zero()
    {
        var form = ReportSchema.Zhengzhou2017;
        Assert.Equal(0, OpeningBalance.FlowsAtZero(form)["B17"]);
        Assert.Null(OpeningBalance.FlowsAtZero(form)["A01"]);
        Assert.Equal(0, OpeningBalance.Zero(form)["A01"]);
    }
}
