using System.Runtime.CompilerServices;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance.Tests.Docs;

public class ReadmeQuickstartTests
{
    [Fact]
    public void Quickstart_runs_and_gives_the_documented_answers()
    {
        #region Quickstart
        var city = new OrganisationUnit("410100", "郑州市公安局");
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, city, new YearMonth(2017, 11))
            .SetTotal("A01", 100).SetTotal("A02", 60).SetTotal("A03", 40)
            .SetTotal("A08", 97)    // closed management: 3 campuses short
            .SetTotal("A18", 90)    // meeting the national standard, urban and rural alike
            .SetTotal("A19", 100)   // one-touch alarm linked everywhere
            .Build();

        var checker = new ComplianceChecker();   // the built-in rules of 郑公通〔2017〕66号
        var result = checker.Check(report, asOf: new LocalDate(2017, 12, 1));

        var closed = result.Find("closed-management")!;
        Console.WriteLine(closed.Message);       // …未达标，差3所… (not met, 3 short, clause 二(一)5)

        var rate = result.Find("urban-tech-defence-rate")!;
        // (90 − 40)/60 = 83.3% ≤ urban rate ≤ 60/60 = 100%: the report cannot tell; a register would.
        Console.WriteLine($"{rate.Status.ToWireName()} {rate.Bounds!.Lower} … {rate.Bounds.Upper}");
        #endregion

        Assert.Equal(ComplianceStatus.NotMet, closed.Status);
        Assert.Equal(3, closed.Shortfall);
        Assert.Equal("二(一)5", closed.Source);
        Assert.Equal(ComplianceStatus.Met, result.Find("one-touch-alarm")!.Status);
        Assert.Equal(ComplianceStatus.CannotTell, result.Find("guards-on-every-campus")!.Status); // A05 left blank
        Assert.Equal(ComplianceStatus.CannotTell, rate.Status);
        Assert.Equal(new Ratio(50, 60), rate.Bounds.Lower);
        Assert.Equal(new Ratio(60, 60), rate.Bounds.Upper);
    }

    [Fact]
    public void The_readme_shows_the_quickstart_exactly()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "src", "HuXiao.Compliance", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("```csharp\n", readme.IndexOf("## Quickstart", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        var block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(Region(ThisFile(), "Quickstart"), block);
    }

    private static string Region(string file, string name)
    {
        var lines = File.ReadAllLines(file);
        var from = Array.FindIndex(lines, l => l.Trim() == $"#region {name}") + 1;
        var to = Array.FindIndex(lines, from, l => l.Trim() == "#endregion");
        var body = lines[from..to];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(body.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string RepoRoot()
    {
        var dir = Path.GetDirectoryName(ThisFile());
        while (dir is not null && !File.Exists(Path.Combine(dir, "Directory.Packages.props")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }
}

public class ReadmeCatalogueTests
{
    [Fact]
    public void The_readme_carries_the_current_rule_catalogue()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())))!;
        var readme = File.ReadAllText(Path.Combine(root, "..", "src", "HuXiao.Compliance", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string begin = "<!-- catalogue:begin -->\n", end = "<!-- catalogue:end -->";
        var start = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var table = readme[start..readme.IndexOf(end, start, StringComparison.Ordinal)];
        var expected = RuleCatalogue.CreateDefault().ToMarkdown();
        if (table != expected)
        {
            // Regenerate with: copy this file over the README's catalogue section.
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "huxiao-compliance-catalogue.md"), expected);
        }

        Assert.Equal(expected, table);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
