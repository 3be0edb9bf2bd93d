using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting.Tests;

/// <summary>The README's reporting quickstart, compiled and run; the README must show exactly this code.</summary>
public class ReadmeSampleTests
{
    [Fact]
    public void Quickstart_builds_two_reports_rolls_them_up_and_validates()
    {
        #region reporting-quickstart
        var schema = ReportSchema.Zhengzhou2017;
        var may = new YearMonth(2017, 5);

        var zhongyuan = MonthlyReport.CreateBuilder(schema, new OrganisationUnit("410102", "中原分局"), may)
            .SetBoth("A01", 2, 120).SetBoth("A02", 1, 80).SetBoth("A03", 1, 40)
            .Build();
        var erqi = MonthlyReport.CreateBuilder(schema, new OrganisationUnit("410103", "二七分局"), may)
            .SetBoth("A01", 0, 95).SetBoth("A02", 0, 60).SetBoth("A03", 0, 30)   // 60 + 30 ≠ 95
            .Build();

        var city = ReportRollUp.Combine(schema, new OrganisationUnit("410100", "郑州市公安局"), may,
            [zhongyuan, erqi], expectedUnitCodes: ["410102", "410103", "410104"]);
        Console.WriteLine($"全部校园数 合计 {city.Report.Total("A01")}, missing: {string.Join(",", city.Missing)}");

        var rules = RuleSet.For(schema).Without("blank-cell");
        foreach (var finding in rules.Validate(erqi).Errors)
        {
            Console.WriteLine($"{finding.RuleCode}: {finding.Message}");
        }
        #endregion

        Assert.Equal(215, city.Report.Total("A01"));
        Assert.Equal(["410104"], city.Missing);
        var error = Assert.Single(rules.Validate(erqi).Errors);
        Assert.Equal("urban-plus-rural", error.RuleCode);
        Assert.Equal(ReportRow.Total, error.Row);
    }

    [Fact]
    public void Readme_shows_the_quickstart_exactly()
        => Snippets.AssertReadmeShows("reporting-quickstart", "tests/HuXiao.Reporting.Tests/ReadmeSampleTests.cs");

    // The other packages' quickstarts are compiled and run by their own test projects; the README must show them exactly.
    [Theory]
    [InlineData("calendar-quickstart", "tests/HuXiao.Calendar.Tests/ReadmeQuickstartTests.cs")]
    [InlineData("compliance-quickstart", "tests/HuXiao.Compliance.Tests/Docs/ReadmeQuickstartTests.cs")]
    [InlineData("excel-quickstart", "tests/HuXiao.Excel.Tests/ReadmeQuickstartTests.cs")]
    [InlineData("months-quickstart", "tests/HuXiao.Months.Tests/Docs/ReadmeQuickstartTests.cs")]
    public void Readme_shows_each_packages_tested_quickstart_exactly(string snippet, string sourceFile)
        => Assert.Equal(Snippets.Region(sourceFile, "Quickstart"), Snippets.MarkdownBlock("README.md", snippet));

    [Fact]
    public void The_months_package_readme_shows_its_tested_quickstart_exactly()
        => Assert.Equal(Snippets.Region("tests/HuXiao.Months.Tests/Docs/ReadmeQuickstartTests.cs", "Quickstart"), Snippets.MarkdownBlock("src/HuXiao.Months/README.md", "months-quickstart"));
}
