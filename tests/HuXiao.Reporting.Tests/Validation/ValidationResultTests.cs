using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Validation;

public class ValidationResultTests
{
    private static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017);

    [Fact]
    public void Errors_and_warnings_are_told_apart()
    {
        // A05 > A01 is an error; A12 > A11 only a warning.
        var result = Rules.Validate(TestData.CleanBuilder().SetTotal("A05", 121).SetTotal("A04", 500).SetTotal("A12", 31).Build());
        Assert.Equal(["campus-count-within-all"], result.Errors.Select(f => f.RuleCode));
        Assert.Equal(["installed-within-needed"], result.Warnings.Select(f => f.RuleCode));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_finding_about_no_indicator_is_left_out_of_the_grouping_by_indicator()
    {
        var result = Rules.Validate(MonthlyReport.Blank(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017));
        var blank = Assert.Single(result.Findings, f => f.RuleCode == "blank-cell");
        Assert.Empty(blank.Indicators);
        Assert.DoesNotContain(result.ByIndicator().SelectMany(g => g), f => f.RuleCode == "blank-cell");
    }
}
