using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Docs;

/// <summary>
/// The samples of the docs site's getting-started article (docs/articles/reporting.md), compiled and run. The
/// article pulls each <c>#region</c> in by name, so a sample that stops compiling or passing fails the tests.
/// </summary>
public class GettingStartedSamples
{
    [Fact]
    public void Schema_lookup()
    {
        #region schema-lookup
        var schema = ReportSchema.Zhengzhou2017;            // 郑公通〔2017〕66号 附件: 46 indicators, tables A, B, C
        var a19 = schema["A19"];
        Console.WriteLine($"{a19.Code} {a19.Label} ({a19.Unit.Symbol}, {a19.Kind})");
        // A19 安装一键式报警装置并与公安机关联网校园数 (所, Stock)

        foreach (var table in schema.Tables)
        {
            Console.WriteLine($"{table.Code} {table.Title}: {table.Indicators[0].Code}–{table.Indicators[^1].Code}");
        }
        #endregion

        Assert.Equal(46, schema.Count);
        Assert.Equal(IndicatorKind.Stock, a19.Kind);
        Assert.Equal(["A", "B", "C"], schema.Tables.Select(t => t.Code));
    }

    [Fact]
    public void Build_a_report()
    {
        #region build-report
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", "中原区"), new YearMonth(2017, 6))
            .SetBoth("A01", 0, 120).SetBoth("A02", 0, 80).SetBoth("A03", 0, 40)   // 新增, 合计
            .SetTotal("A19", 35)                                                  // 合计 only; 新增 stays blank
            .SetBoth("B17", 1, 3)
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 6, 12), "某中学门口", "盗窃电动车案，已破获"))
            .WithFiling(new ReportFiling { Preparer = "王某", Reviewer = "李某", Phone = "0371-00000000", FiledOn = new LocalDate(2017, 7, 3) })
            .Build();

        Console.WriteLine(report.Total("A01"));   // 120
        Console.WriteLine(report.New("A19"));     // blank: null, never 0
        #endregion

        Assert.Equal(120, report.Total("A01"));
        Assert.Null(report.New("A19"));
        Assert.Single(report.Cases);
    }

    [Fact]
    public void Validate_a_report()
    {
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410103", "二七区"), new YearMonth(2017, 6))
            .SetBoth("A01", 0, 95).SetBoth("A02", 0, 60).SetBoth("A03", 0, 30)
            .SetTotal("A19", 120)
            .Build();

        #region validate-report
        var rules = RuleSet.For(ReportSchema.Zhengzhou2017).Without("blank-cell");   // each caller configures its own set
        var result = rules.Validate(report);

        Console.WriteLine(result.IsValid ? "通过 passed" : "有错误 has errors");
        foreach (var finding in result.Errors)
        {
            // e.g. "urban-plus-rural Total [A01, A02, A03]: 合计：A02=60 + A03=30 之和为 90，不等于全部校园数(A01)=95。"
            Console.WriteLine($"{finding.RuleCode} {finding.Row} [{string.Join(", ", finding.Indicators)}]: {finding.Message}");
        }

        foreach (var group in result.ByIndicator())
        {
            Console.WriteLine($"{group.Key}: {group.Count()} finding(s)");
        }
        #endregion

        Assert.False(result.IsValid);
        Assert.Equal(["campus-count-within-all", "urban-plus-rural"], result.Errors.Select(f => f.RuleCode).Order());
        Assert.Throws<ReportValidationException>(result.ThrowIfInvalid);
    }

    [Fact]
    public void Read_json()
    {
        #region json-read
        var json = new ReportJsonSerializer();   // knows the built-in form; immutable, share one instance
        var read = json.Read("""
            {
              "schema": "zhengzhou-2017",
              "unit": { "code": "410102", "name": "中原区" },
              "period": "2017-06",
              "new":   { "A01": 0 },
              "total": { "A01": 120, "A02": 80, "A03": "四十" }
            }
            """);

        if (!read.Succeeded)
        {
            foreach (var problem in read.Problems)
            {
                // HX0203 at $.total.A03: …
                Console.WriteLine($"{problem.Code} at {problem.Location}: {problem.Message}");
            }
        }
        #endregion

        var problem1 = Assert.Single(read.Problems);
        Assert.Equal(ErrorCodes.JsonWrongType, problem1.Code);
        Assert.Equal("$.total.A03", problem1.Location);
    }

    [Fact]
    public void Write_json()
    {
        var json = new ReportJsonSerializer();
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", "中原区"), new YearMonth(2017, 6))
            .SetBoth("A01", 0, 120)
            .Build();

        #region json-round-trip
        string text = json.Serialize(report);                     // the interchange format, UTF-8, Chinese unescaped
        MonthlyReport back = json.Read(text).GetValueOrThrow();  // ReportReadException lists every problem
        Console.WriteLine(back.Equals(report));                   // True: round trips are exact
        #endregion

        Assert.Equal(report, back);
    }

    [Fact]
    public void Roll_up_a_hierarchy()
    {
        var schema = ReportSchema.Zhengzhou2017;
        var june = new YearMonth(2017, 6);
        MonthlyReport Filed(string code, string name, long campuses)
            => MonthlyReport.CreateBuilder(schema, new OrganisationUnit(code, name), june).SetBoth("A01", 0, campuses).Build();
        var reports = new[] { Filed("41010201", "中原分局一所", 40), Filed("41010202", "中原分局二所", 80), Filed("410103", "二七区", 95) };

        #region hierarchy-rollup
        var city = new OrganisationUnit("410100", "郑州市");
        var hierarchy = UnitHierarchy.CreateBuilder(city)
            .Add(new OrganisationUnit("410102", "中原区"), "410100")
            .Add(new OrganisationUnit("41010201", "中原分局一所"), "410102")
            .Add(new OrganisationUnit("41010202", "中原分局二所"), "410102")
            .Add(new OrganisationUnit("410103", "二七区"), "410100")
            .Add(new OrganisationUnit("410104", "管城回族区"), "410100")
            .Build();

        // Only leaves report; every unit above them is computed, level by level.
        var rollUp = ReportRollUp.RollUp(hierarchy, schema, june, reports);
        Console.WriteLine(rollUp["410102"].Report.Total("A01"));                // 120
        Console.WriteLine(rollUp.Root.Report.Total("A01"));                     // 215
        Console.WriteLine(string.Join(",", rollUp.Root.Missing));               // 410104
        Console.WriteLine(rollUp.Root.FilledCount("A01", ReportRow.Total));     // 2 of the city's 3 children filled it
        #endregion

        Assert.Equal(120, rollUp["410102"].Report.Total("A01"));
        Assert.Equal(215, rollUp.Root.Report.Total("A01"));
        Assert.Equal(["410104"], rollUp.Root.Missing);
        Assert.Equal(2, rollUp.Root.FilledCount("A01", ReportRow.Total));
    }

    [Fact]
    public void Roll_up_a_batch_and_read_the_one_result()
    {
        #region batch-rollup
        var schema = ReportSchema.Zhengzhou2017;
        var may = new YearMonth(2017, 5);
        var city = new OrganisationUnit("410100", "郑州市");
        OrganisationUnit[] districts = [new("410102", "中原区"), new("410103", "二七区"), new("410104", "管城回族区")];
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot(districts).Build();

        // Many reports: fill a batch cell by cell (or ReportBatch.FromReports), then roll it up on every core.
        var batch = ReportBatch.CreateBuilder(schema, may, capacity: 3);
        var zhongyuan = batch.Add(districts[0]);
        batch.Set(zhongyuan, schema["A01"].Ordinal, ReportRow.Total, 120);
        batch.Add(districts[1]);                                               // filed, every cell blank
        HierarchyRollUp rollUp = batch.Build().RollUp(hierarchy);

        // Every roll-up gives each unit's result as an IRollUpResult.
        IRollUpResult total = rollUp.Root;
        Console.WriteLine(total.GetValue("A01", ReportRow.Total));            // 120
        Console.WriteLine(total.FilledCount("A01", ReportRow.Total));         // 1: 二七区 left it blank
        Console.WriteLine(string.Join(",", total.Reported.Select(u => u.Name)));  // 中原区,二七区
        Console.WriteLine(string.Join(",", total.Missing));                   // 410104
        #endregion

        Assert.Equal(120, total.GetValue("A01", ReportRow.Total));
        Assert.Equal(1, total.FilledCount("A01", ReportRow.Total));
        Assert.Equal(["中原区", "二七区"], total.Reported.Select(u => u.Name));
        Assert.Equal(["410104"], total.Missing);
        Assert.Equal(120, total.Report.Total("A01"));
    }

    [Fact]
    public void Series_over_months()
    {
        #region series-totals
        var schema = ReportSchema.Zhengzhou2017;
        var unit = new OrganisationUnit("410102", "中原区");
        MonthlyReport Month(int month, long newPatrols)
            => MonthlyReport.CreateBuilder(schema, unit, new YearMonth(2017, month)).SetNew("B16", newPatrols).Build();

        // 合计(M) = 合计(M−1) + 新增(M), from the level before the campaign.
        var opening = OpeningBalance.FlowsAtZero(schema);
        var months = ReportSeries.BuildTotals(opening, [Month(5, 300), Month(6, 420), Month(7, 390)]);
        Console.WriteLine(months[^1].Total("B16"));   // 1110

        var summer = ReportSeries.Summarise(months, new PeriodRange(new YearMonth(2017, 6), new YearMonth(2017, 8)));
        Console.WriteLine(summer.New("B16"));                            // 810
        Console.WriteLine(string.Join(",", summer.MissingMonths));       // 2017-08
        #endregion

        Assert.Equal(1110, months[^1].Total("B16"));
        Assert.Equal(810, summer.New("B16"));
        Assert.Equal([new YearMonth(2017, 8)], summer.MissingMonths);
    }

    [Fact]
    public void Errors_have_stable_codes()
    {
        var schema = ReportSchema.Zhengzhou2017;
        var unit = new OrganisationUnit("410100", "郑州市");
        var may = MonthlyReport.Blank(schema, new OrganisationUnit("410102", "中原区"), new YearMonth(2017, 5));
        var june = MonthlyReport.Blank(schema, new OrganisationUnit("410103", "二七区"), new YearMonth(2017, 6));

        #region error-codes
        try
        {
            ReportRollUp.Combine(schema, unit, new YearMonth(2017, 6), [may, june]);
        }
        catch (ReportingException e) when (e.Code == ErrorCodes.RollUpPeriodMismatch)
        {
            // Act on the stable code (HX0102), not on the message's wording.
            Console.WriteLine($"{e.Code}: {e.Message}");
        }
        #endregion

        var thrown = Assert.Throws<ReportingException>(() => ReportRollUp.Combine(schema, unit, new YearMonth(2017, 6), [may, june]));
        Assert.Equal("HX0102", thrown.Code);
    }
}
