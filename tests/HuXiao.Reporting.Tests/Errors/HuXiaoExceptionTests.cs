namespace HuXiao.Reporting.Tests.Errors;

public sealed class HuXiaoExceptionTests
{
    [Fact]
    public void Every_exception_of_the_reporting_core_is_a_HuXiaoException_carrying_its_code()
    {
        var exceptions = typeof(HuXiaoException).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();
        Assert.Contains(typeof(ReportingException), exceptions);
        Assert.All(exceptions, t => Assert.True(typeof(HuXiaoException).IsAssignableFrom(t), $"{t.Name} does not derive from HuXiaoException"));
    }

    [Fact]
    public void A_roll_up_of_two_months_is_caught_at_the_root_with_its_code()
    {
        var may = TestData.Clean();
        var june = TestData.Clean(TestData.Erqi, new NodaTime.YearMonth(2017, 6));
        HuXiaoException thrown = Assert.ThrowsAny<HuXiaoException>(() => HuXiao.Reporting.Aggregation.ReportRollUp.Combine(ReportSchema.Zhengzhou2017, TestData.City, TestData.May2017, [may, june]));
        Assert.Equal(ErrorCodes.RollUpPeriodMismatch, thrown.Code);
        Assert.IsType<ReportingException>(thrown);
    }
}
