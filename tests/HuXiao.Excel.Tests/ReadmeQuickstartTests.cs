using System.Reflection;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Excel.Tests;

public sealed class ReadmeQuickstartTests
{
    [Fact]
    public void Quickstart()
    {
        var folder = Directory.CreateTempSubdirectory("huxiao-quickstart-").FullName;
        try
        {
            Directory.SetCurrentDirectory(folder);
            #region Quickstart
            var schema = ReportSchema.Zhengzhou2017;
            var unit = new OrganisationUnit("410102", "中原分局");

            // The city sends each unit a blank template for the month.
            var writer = new ExcelFormWriter();
            writer.WriteTemplateToFile("template-410102-2017-05.xlsx", unit, new YearMonth(2017, 5));

            // A unit fills it in (here: in code) and sends it back.
            var filled = MonthlyReport.CreateBuilder(schema, unit, new YearMonth(2017, 5))
                .SetBoth("A01", newValue: 0, totalValue: 120)
                .SetBoth("A02", newValue: 0, totalValue: 70)
                .SetBoth("A03", newValue: 0, totalValue: 50)
                .Build();
            writer.WriteToFile(filled, "410102-2017-05.xlsx");

            // The city reads it back: the report, or every problem with its cell.
            var read = new ExcelFormReader().ReadFile("410102-2017-05.xlsx");
            if (!read.Succeeded)
            {
                foreach (var problem in read.Problems)
                {
                    Console.WriteLine($"{problem.Location}: {problem.Message}");
                }

                return;
            }

            // Consistency findings point at the cells the values came from.
            var findings = RuleSet.For(schema).Validate(read.Value, locator: read.Locator);
            Console.WriteLine($"{read.Value}: {findings.Errors.Count()} errors");
            #endregion

            Assert.Equal(filled, read.Value);
            Assert.True(findings.IsValid);
            Assert.True(File.Exists("template-410102-2017-05.xlsx"));
        }
        finally
        {
            Directory.SetCurrentDirectory(AppContext.BaseDirectory);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_readme_shows_the_quickstart_test_verbatim()
    {
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "ReadmeQuickstartTests.cs"));
        var start = source.IndexOf("#region Quickstart", StringComparison.Ordinal);
        start = source.IndexOf('\n', start) + 1;
        var end = source.LastIndexOf('\n', source.IndexOf("#endregion", StringComparison.Ordinal));
        var lines = source[start..end].Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var expected = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HuXiao.Excel.README.md")!;
        var readme = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("```csharp\n" + expected + "\n```", readme, StringComparison.Ordinal);
    }

    // Found from the test's output folder, not [CallerFilePath]: a CI build maps source paths to /_/.
    private static string SourceDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HuXiao.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("HuXiao.Domain.sln not found"), "tests", "HuXiao.Excel.Tests");
    }
}
