using NodaTime;

namespace HuXiao.Reporting.Tests.Reports;

public class MonthlyReportTests
{
    [Fact]
    public void A_cell_not_set_is_blank_not_zero()
    {
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017)
            .SetTotal("A01", 0)
            .Build();
        Assert.Equal(0, report.Total("A01"));
        Assert.Null(report.New("A01"));
        Assert.Null(report.Total("A02"));
        Assert.True(report.IsFilled(0, ReportRow.Total));
        Assert.False(report.IsFilled(0, ReportRow.New));
        Assert.Equal(1, report.FilledCount);
    }

    [Fact]
    public void Values_cover_the_whole_64_bit_range()
    {
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017)
            .SetBoth("C08", long.MinValue, long.MaxValue)
            .Build();
        Assert.Equal(long.MinValue, report.New("C08"));
        Assert.Equal(long.MaxValue, report["C08", ReportRow.Total]);
    }

    [Fact]
    public void Setting_null_blanks_a_cell_again()
    {
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017)
            .SetNew("B01", 5).SetNew("B01", null).Build();
        Assert.Null(report.New("B01"));
        Assert.True(report.IsAllBlank);
    }

    [Fact]
    public void A_built_report_does_not_change_when_its_builder_does()
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017).SetTotal("A01", 10);
        var first = builder.Build();
        builder.SetTotal("A01", 99).AddCase(new CaseDetail("B17", null, "p", "s"));
        Assert.Equal(10, first.Total("A01"));
        Assert.Empty(first.Cases);
    }

    [Fact]
    public void ToBuilder_makes_a_correction_without_touching_the_original()
    {
        var original = TestData.Clean();
        var corrected = original.ToBuilder().SetTotal("A01", 121).WithFiling(new ReportFiling { Revision = 2 }).Build();
        Assert.Equal(120, original.Total("A01"));
        Assert.Equal(121, corrected.Total("A01"));
        Assert.Equal(1, original.Revision);
        Assert.Equal(2, corrected.Revision);
        Assert.NotEqual(original, corrected);
    }

    [Fact]
    public void Reports_with_the_same_content_are_equal()
    {
        Assert.Equal(TestData.Clean(), TestData.Clean());
        Assert.NotEqual(TestData.Clean(), TestData.Clean(TestData.Erqi));
        Assert.NotEqual(TestData.Clean(), TestData.Clean(period: new YearMonth(2017, 6)));
    }

    [Fact]
    public void Unknown_codes_and_ordinals_are_refused_with_the_code_named()
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017);
        Assert.Contains("'D01'", Assert.Throws<KeyNotFoundException>(() => builder.SetNew("D01", 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Set(46, ReportRow.New, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build().GetValue(-1, ReportRow.New));
        Assert.Throws<KeyNotFoundException>(() => builder.AddCase(new CaseDetail("Z99", null, "p", "s")));
    }

    [Fact]
    public void ToString_names_unit_period_and_revision()
        => Assert.Equal("410102 中原区 2017-05 r1", TestData.Clean().ToString());
}
