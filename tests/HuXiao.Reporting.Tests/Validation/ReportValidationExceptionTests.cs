using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Validation;

public class ReportValidationExceptionTests
{
    [Fact]
    public void The_message_names_the_report_and_gives_each_error_in_english()
    {
        var report = TestData.CleanBuilder().SetTotal("A05", 121).SetTotal("A04", 500).SetTotal("B02", 31).Build();
        var e = Assert.Throws<ReportValidationException>(RuleSet.For(ReportSchema.Zhengzhou2017).Validate(report).ThrowIfInvalid);
        Assert.Equal(ErrorCodes.ReportInvalid, e.Code);
        Assert.Contains(
            $"Report {report} has 2 error(s): total: A05 (campuses with guards) = 121 exceeds A01 (all campuses) = 120. total: B02 ",
            e.Message,
            StringComparison.Ordinal);
    }
}
