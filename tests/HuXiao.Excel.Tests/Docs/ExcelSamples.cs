using ClosedXML.Excel;
using HuXiao.Calendar;
using HuXiao.Excel.Tests.Support;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Excel.Tests.Docs;

/// <summary>
/// The samples of the docs site's article on the Excel workflow (docs/articles/excel.md), compiled and run. The
/// article pulls each <c>#region</c> in by name, so a sample that stops compiling or passing fails the tests.
/// </summary>
public sealed class ExcelSamples : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("huxiao-docs-excel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Send_out_templates()
    {
        var folder = _folder;

        #region excel-template
        var writer = new ExcelFormWriter();   // immutable; share one instance
        var may = new YearMonth(2017, 5);
        OrganisationUnit[] units = [new("410102", "中原分局"), new("410103", "二七分局")];
        foreach (var unit in units)
        {
            // The form as printed, with 填表单位 and the month filled in; only the input cells are unlocked,
            // and they accept whole numbers only (negative only in a stock's 新增).
            writer.WriteTemplateToFile(Path.Combine(folder, $"template-{unit.Code}-{may:uuuu-MM}.xlsx"), unit, may);
        }

        // Or one blank template for everyone: the reader then needs the unit and month (ExcelReadOptions).
        writer.WriteTemplateToFile(Path.Combine(folder, "template.xlsx"));
        #endregion

        Assert.True(File.Exists(PathOf("template-410102-2017-05.xlsx")));
        Assert.True(File.Exists(PathOf("template-410103-2017-05.xlsx")));
        var blank = new ExcelFormReader().ReadFile(PathOf("template.xlsx"));
        Assert.Contains(blank.Problems, p => p.Code == ExcelErrorCodes.MissingUnit);
        var named = new ExcelFormReader().ReadFile(PathOf("template.xlsx"), new ExcelReadOptions { Unit = units[0], Period = may });
        Assert.True(named.Succeeded, string.Join("\n", named.Problems));
        Assert.Equal(units[0], named.Value.Unit);
    }

    [Fact]
    public void Templates_for_every_unit()
    {
        var folder = _folder;

        #region excel-template-batch
        // A month's templates for every unit of a hierarchy: the form is laid out once, then each unit's name and
        // code and the month are written into it (a fraction of a millisecond per unit, in parallel if wished).
        var batch = new ExcelFormWriter().CreateTemplateBatch(new YearMonth(2017, 6));
        var city = UnitHierarchy.Zhengzhou2017;
        foreach (var unit in city.DescendantsOf(city.Root.Code))
        {
            batch.WriteToFile(unit, Path.Combine(folder, $"{unit.Code}-{batch.Period:uuuu-MM}.xlsx"));
        }
        #endregion

        var files = Directory.GetFiles(folder, "*-2017-06.xlsx");
        Assert.Equal(city.DescendantsOf(city.Root.Code).Count(), files.Length);
        var read = new ExcelFormReader().ReadFile(PathOf("410102-2017-06.xlsx"));
        Assert.Equal("410102", read.Unit?.Code);
        Assert.Equal(new YearMonth(2017, 6), read.Period);
    }

    [Fact]
    public void Read_back_with_located_errors()
    {
        var unit = new OrganisationUnit("410102", "中原分局");
        var template = PathOf("410102-2017-05.xlsx");
        new ExcelFormWriter().WriteTemplateToFile(template, unit, new YearMonth(2017, 5));

        // The unit fills the form in Excel: here with ClosedXML, typing 十二 where a number belongs and
        // urban plus rural campuses that do not add up to all campuses.
        using (var workbook = new XLWorkbook(template))
        {
            var sheet = workbook.Worksheet(FormEditing.FormSheet);
            sheet.Cell("B8").SetValue(120);    // A01 合计
            sheet.Cell("C8").SetValue(70);     // A02 合计
            sheet.Cell("D8").SetValue(40);     // A03 合计: 70 + 40 ≠ 120
            sheet.Cell("C7").SetValue("十二");  // A02 新增: text
            workbook.Save();
        }

        var path = template;

        #region excel-read
        var reader = new ExcelFormReader();
        ReadResult<MonthlyReport> read = reader.ReadFile(path);
        if (!read.Succeeded)
        {
            // Every bad cell at once, each with its sheet and cell, indicator, what was found and what was expected.
            foreach (var problem in read.Problems)
            {
                // HX0415 校园安全工作进展报表!C7 A02: …“十二”…应为整数…
                Console.WriteLine($"{problem.Code} {problem.Location} {problem.IndicatorCode}: {problem.Message}");
            }
        }
        #endregion

        Assert.False(read.Succeeded);
        Assert.False(read.IsRefused);
        var only = Assert.Single(read.Problems);
        Assert.Equal(ExcelErrorCodes.NotANumber, only.Code);
        Assert.Equal($"{FormEditing.FormSheet}!C7", only.Location);
        Assert.Equal("A02", only.IndicatorCode);

        // Corrected and read again: the consistency findings point at cells too.
        using (var workbook = new XLWorkbook(path))
        {
            workbook.Worksheet(FormEditing.FormSheet).Cell("C7").SetValue(0);
            workbook.Save();
        }

        read = reader.ReadFile(path);

        #region excel-validate
        MonthlyReport report = read.GetValueOrThrow();            // ReportReadException, listing every problem, when it could not be read
        var rules = RuleSet.For(ReportSchema.Zhengzhou2017).Without("blank-cell");
        var findings = rules.Validate(report, locator: read.Locator);  // the locator maps indicators to cells
        foreach (var finding in findings.Errors)
        {
            Console.WriteLine($"{finding.RuleCode} {finding.Location}: {finding.Message}");   // urban-plus-rural 校园安全工作进展报表!B8: …
        }
        #endregion

        var error = Assert.Single(findings.Errors);
        Assert.Equal("urban-plus-rural", error.RuleCode);
        Assert.Equal($"{FormEditing.FormSheet}!B8", error.Location);
    }

    [Fact]
    public void Declare_the_unit_and_month_and_see_every_error_in_one_round()
    {
        var path = PathOf("from-a-clerk.xlsx");
        var form = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410105", "金水分局"), new YearMonth(2017, 6))
            .SetBoth("A01", 70, 70).SetBoth("A02", 63, 62).SetBoth("A03", 8, 8)
            .Build();
        new ExcelFormWriter().WriteToFile(form, path);
        using (var workbook = new XLWorkbook(path))
        {
            workbook.Worksheet(FormEditing.FormSheet).Cell("C8").SetValue("62所");   // A02 合计: a number with its unit
            workbook.Save();
        }

        #region excel-declared
        var options = new ExcelReadOptions
        {
            // Whose form and which month the platform expects: a file that says otherwise is refused (HX0422).
            Unit = new OrganisationUnit("410105", "金水分局"),
            Period = new YearMonth(2017, 6),
            // The list that turns a printed 填表单位 (金水区, 金水分局, 郑州市公安局金水分局) into a code; this is the default.
            Units = UnitHierarchy.Zhengzhou2017,
        };
        var read = new ExcelFormReader().ReadFile(path, options);
        if (!read.Succeeded && !read.IsRefused)
        {
            // A filed form with errors: whose it is and for which month are known …
            Console.WriteLine($"{read.Unit} {read.Period:uuuu-MM}: {read.Problems.Count} bad cell(s)");

            // … and the rules still run over the cells that were read, a refused cell counting as blank.
            foreach (var finding in read.ValidateReadCells(RuleSet.For(ReportSchema.Zhengzhou2017)))
            {
                Console.WriteLine($"{finding.RuleCode} {finding.Location}: {finding.Message}");
            }
        }
        #endregion

        Assert.False(read.Succeeded);
        Assert.False(read.IsRefused);
        Assert.Equal("410105", read.Unit!.Code);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(ExcelErrorCodes.NotANumber, problem.Code);
        Assert.Equal($"{FormEditing.FormSheet}!C8", problem.Location);
        var findings = read.ValidateReadCells(RuleSet.For(ReportSchema.Zhengzhou2017));
        Assert.Contains(findings, f => f.RuleCode == "urban-plus-rural" && f.Row == ReportRow.New && f.Severity == FindingSeverity.Error);
        Assert.Contains(findings, f => f.RuleCode == "urban-plus-rural" && f.Row == ReportRow.Total && f.IsNotChecked && f.Message.Contains("C8", StringComparison.Ordinal));

        var elsewhere = new ExcelFormReader().ReadFile(path, options with { Period = new YearMonth(2017, 7) });
        Assert.Equal(ExcelErrorCodes.IdentityConflict, elsewhere.Problems[0].Code);
    }

    [Fact]
    public void Unreadable_files_are_refused()
    {
        var path = PathOf("old-form.xls");
        File.WriteAllBytes(path, FormEditing.LegacyXls());

        #region excel-refused
        var refused = new ExcelFormReader().ReadFile(path);
        if (refused.IsRefused && refused.Problems[0].Code == ExcelErrorCodes.LegacyFormat)
        {
            // HX0402: an Excel 97–2003 .xls or WPS .et file; the message asks for 另存为 .xlsx.
            Console.WriteLine(refused.Problems[0].Message);
        }
        #endregion

        var only = Assert.Single(refused.Problems);
        Assert.Equal("HX0402", only.Code);
        Assert.Contains("另存为", only.Message, StringComparison.Ordinal);
        Assert.Null(refused.Unit);
    }

    [Fact]
    public void Write_the_roll_up_workbook()
    {
        var schema = ReportSchema.Zhengzhou2017;
        var may = new YearMonth(2017, 5);
        var city = new OrganisationUnit("410100", "郑州市公安局");
        var zhongyuan = new OrganisationUnit("410102", "中原分局");
        var erqi = new OrganisationUnit("410103", "二七分局");
        var guancheng = new OrganisationUnit("410104", "管城回族区公安分局");
        var writer = new ExcelFormWriter();
        writer.WriteToFile(MonthlyReport.CreateBuilder(schema, zhongyuan, may).SetTotal("A01", 120).SetTotal("A19", 80).Build(), PathOf("410102.xlsx"));
        writer.WriteToFile(MonthlyReport.CreateBuilder(schema, erqi, may).SetTotal("A01", 95).SetTotal("A19", 95).Build(), PathOf("410103.xlsx"));
        string[] files = [PathOf("410102.xlsx"), PathOf("410103.xlsx")];
        var output = PathOf("city-2017-05.xlsx");

        #region excel-rollup
        // Each file as it came: the form read, or its problems with whose form it is (a refused form was filed).
        var reader = new ExcelFormReader();
        var submissions = files.Select(f =>
        {
            var read = reader.ReadFile(f);
            return Submission.FromReadResult(read, Path.GetFileName(f));
        });

        // The month (HuXiao.Months) gives every unit its status, the roll-up and each form's findings, once.
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, may, asOf: new LocalDate(2017, 6, 5))
            .WithUnits(city, [zhongyuan, erqi, guancheng])
            .AddRange(submissions)
            .Build();

        // Findings from elsewhere, such as compliance checks, go onto the 问题 sheet beside the units' own.
        // Any finding in the one shape (ComplianceFinding.ToFinding() gives one) goes there as it is.
        Finding[] extra =
        [
            new()
            {
                Kind = FindingKind.Compliance, Code = "one-touch-alarm", Severity = FindingSeverity.Error, Status = "not-met", UnitCode = "410102",
                Message = new BilingualText("一键式报警联网差40所", "40 campuses short of one-touch alarms"),
            },
        ];

        // 汇总: a row per unit with its status (管城回族区 未报送) and a total row; 问题: the findings; then the city's own form.
        new RollUpWorkbookWriter().WriteToFile(month.RollUp, output, inputs: files, units: month.Units, extraFindings: extra);
        #endregion

        var rollUp = month.RollUp;
        var back = new ExcelFormReader().ReadFile(output);
        Assert.True(back.Succeeded, string.Join("\n", back.Problems));
        Assert.Equal(city, back.Value.Unit);
        Assert.Equal(215, back.Value.Total("A01"));
        Assert.Equal(["410104"], rollUp.Missing);
        using var workbook = new XLWorkbook(output);
        Assert.True(workbook.TryGetWorksheet(RollUpWorkbookWriter.RollUpSheetName, out _));
        var issues = workbook.Worksheet(RollUpWorkbookWriter.FindingsSheetName);
        Assert.Contains(issues.RowsUsed(), r => r.Cell(4).GetString() == "one-touch-alarm");
        Assert.Contains(issues.RowsUsed(), r => r.Cell(1).GetString() == "410104" && r.Cell(4).GetString() == "not-reported");
    }
}
