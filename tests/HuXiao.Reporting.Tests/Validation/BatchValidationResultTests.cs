using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Validation;

public class BatchValidationResultTests
{
    private static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017);

    private static BatchValidationResult Result()
        => Rules.ValidateBatch(
            ReportBatch.FromReports(ReportSchema.Zhengzhou2017, TestData.May2017, [
                TestData.CleanBuilder().SetTotal("A05", 121).SetTotal("A04", 500).Build(),
                TestData.CleanBuilder(TestData.Erqi).SetTotal("A12", 31).Build(),
            ]),
            maxDegreeOfParallelism: 1);

    [Fact]
    public void Errors_and_warnings_are_told_apart()
    {
        var result = Result();
        Assert.Equal([("410102", "campus-count-within-all")], result.Errors.Select(f => (f.UnitCode, f.RuleCode)));
        Assert.Equal([("410103", "installed-within-needed")], result.Warnings.Select(f => (f.UnitCode, f.RuleCode)));
        Assert.Equal(2, result.ReportsWithFindings);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_findings_of_a_unit_need_its_code()
    {
        var result = Result();
        Assert.Equal(["installed-within-needed"], result.For("410103").Select(f => f.RuleCode));
        Assert.Equal("unitCode", Assert.Throws<ArgumentNullException>(() => result.For(null!)).ParamName);
    }
}
