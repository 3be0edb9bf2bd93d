using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Tests.Fidelity;

/// <summary>
/// Every clause of 郑公通〔2017〕66号 the library cites — in its rules, its campaign, its XML docs, READMEs and
/// articles — exists in the plan's numbering, and every quotation given with a clause stands in that clause.
/// </summary>
public class CitationTests
{
    private static PlanText Plan => PlanText.Zhengzhou2017;

    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HuXiao.Domain.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("HuXiao.Domain.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The files whose citations are checked: sources, package READMEs, the docs' Markdown, the README.</summary>
    private static IEnumerable<string> CitingFiles()
    {
        var root = RepositoryRoot;
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));
        var docs = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !IsUnder(root, f, "docs/_site") && !IsUnder(root, f, "docs/api"));
        return sources.Concat(docs).Append(Path.Combine(root, "README.md"))
            .Where(f => !IsUnder(root, f, "bin") && !IsUnder(root, f, "obj"));
    }

    private static bool IsUnder(string root, string file, string folder)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.StartsWith(folder + "/", StringComparison.Ordinal) || relative.Contains("/" + folder + "/", StringComparison.Ordinal);
    }

    private static void AssertAllRight(IEnumerable<Citations.Citation> citations, int atLeast)
    {
        var all = citations.ToArray();
        Assert.True(all.Length >= atLeast, $"Only {all.Length} citations found; expected at least {atLeast}: is the scan still reading the files?");
        var problems = all.Select(c => Citations.Problem(Plan, c)).OfType<string>().ToArray();
        Assert.True(problems.Length == 0, $"{problems.Length} wrong citation(s) of 郑公通〔2017〕66号:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_clause_cited_in_the_sources_and_docs_is_in_the_plan()
    {
        var root = RepositoryRoot;
        AssertAllRight(
            CitingFiles().SelectMany(f => Citations.In(Path.GetRelativePath(root, f), File.ReadAllText(f))),
            atLeast: 200);
    }

    [Fact]
    public void Every_compliance_rule_cites_a_clause_and_every_quotation_in_its_parameters_stands_in_it()
    {
        var citations = new List<Citations.Citation>();
        foreach (var rule in RuleCatalogue.CreateDefault().Rules)
        {
            citations.Add(Citations.Named($"rule {rule.Id} Source", rule.Source));
            citations.AddRange(Citations.In($"rule {rule.Id} DueSource", rule.DueSource));
            foreach (var parameter in rule.Parameters)
            {
                citations.AddRange(Citations.In($"rule {rule.Id} parameter {parameter.Name}", parameter.Source));
            }
        }

        AssertAllRight(citations, atLeast: 25);
    }

    [Fact]
    public void Every_milestone_and_obligation_of_the_campaign_cites_a_clause_of_the_plan()
    {
        var campaign = Campaign.Zhengzhou2017;
        var citations = campaign.Milestones.Select(m => Citations.Named($"milestone {m.Id}", m.Clause))
            .Concat(campaign.Obligations.Select(o => Citations.Named($"obligation {o.Id}", o.Clause)))
            .Concat(campaign.EventObligations.Select(o => Citations.Named($"event obligation {o.Id}", o.Clause)))
            .Concat(campaign.EventObligations.Select(o => new Citations.Citation($"event obligation {o.Id}", o.Clause, o.Description.Chinese, null)));
        AssertAllRight(citations, atLeast: 18);
    }

    [Fact]
    public void A_dated_deadline_is_printed_in_its_clause()
    {
        // "X月底前" deadlines: the clause cited must print "2017年X月底前".
        var dated = Campaign.Zhengzhou2017.Milestones.Where(m => !m.IsDueDateDerived).Select(m => ($"milestone {m.Id}", m.Clause, m.DueDate))
            .Concat(RuleCatalogue.CreateDefault().Rules
                .Where(r => r.Due is not null && !r.DueSource.StartsWith("setting", StringComparison.Ordinal))
                .Select(r => ($"rule {r.Id}", r.Source, r.Due!.Value)))
            .ToArray();
        Assert.True(dated.Length >= 15, $"only {dated.Length} dated deadlines found");
        var problems = dated
            .Where(d => d.Item3 != d.Item3.With(DateAdjusters.EndOfMonth) || !Plan.Quotes(d.Item2, $"{d.Item3.Year}年{d.Item3.Month}月底前"))
            .Select(d => $"{d.Item1}: due {d.Item3:uuuu-MM-dd}, but {d.Item2} does not print {d.Item3.Year}年{d.Item3.Month}月底前")
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_case_note_the_rules_quote_is_printed_in_the_attachment()
    {
        var rule = ReportSchema.Zhengzhou2017.Rules.Single(r => r.Code == "case-details-required");
        Assert.Null(Citations.Problem(Plan, new Citations.Citation(rule.Code, "附件", rule.Title, null)));
    }

    [Theory]
    [InlineData("\"三: 自即日起至2018年1月底\"", "it is in 通知, 前言")]                  // the citation issue 17 found
    [InlineData("(自即日起至2018年1月底, 三)", "it is in 通知, 前言")]
    [InlineData("二(一)6", "no clause 二(一)6")]                                             // 二(一) has five items
    [InlineData("二(八)", "no clause 二(八)")]
    [InlineData("二(一)3: 2017年10月底前", "not in 二(一)3")]
    [InlineData("## Phases (二、时间安排)", "section 二 is titled 主要措施")]
    [InlineData("(每月到校园工作不少于两次, 二(六))", "it is in 二(七)")]
    public void A_wrong_citation_is_caught_and_says_where_the_words_are(string text, string expected)
    {
        var problems = Citations.In("sample", text).Select(c => Citations.Problem(Plan, c)).OfType<string>().ToArray();
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"二(六): 应急演练活动每学期不少于1次\"")]
    [InlineData("(城市校园达标率要达到85%以上, 二(一)4)")]
    [InlineData("LastMonth: 前言: 自即日起至2018年1月底")]
    [InlineData("| 二(一)5 | 2017-05-31 (二(一)5: 所有需要设置…隔离栏、升降柱硬质防冲撞设施的学校、幼儿园，要全部设置安装完毕 (2017年5月底前)) |")]
    public void A_right_citation_passes(string text)
    {
        var citations = Citations.In("sample", text).ToArray();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Null(Citations.Problem(Plan, c)));
    }
}
