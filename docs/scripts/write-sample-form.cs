#:project ../../src/HuXiao.Excel/HuXiao.Excel.csproj
// Writes a sample filled form and a blank template for render-form.sh. Usage: dotnet run write-sample-form.cs -- OUTDIR
// The figures are SYNTHETIC — made up for the picture, not statistics of any unit — and obey the form's own rules: the
// script refuses to write them if any consistency rule (errors and warnings alike) finds anything. The form says so on
// the sheet, below its footer.
using ClosedXML.Excel;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using NodaTime;

const string SyntheticNote = "合成示例数据，非真实统计 · synthetic sample data, not real statistics (HuXiao docs)";

var outDir = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(outDir);
var schema = ReportSchema.Zhengzhou2017;
var unit = UnitHierarchy.Zhengzhou2017["410102"];   // 中原分局, as the form's 填表单位 prints it
var may = new YearMonth(2017, 5);

// (新增, 合计) for May 2017, the campaign's second month: flows' 合计 run from April, stocks' 合计 are levels.
(string Code, long New, long Total)[] figures =
[
    ("A01", 2, 186), ("A02", 2, 150), ("A03", 0, 36),
    ("A04", 30, 260), ("A05", 12, 180), ("A06", 15, 210), ("A07", 10, 176),
    ("A08", 20, 178), ("A09", 300, 1450), ("A10", 25, 170),
    ("A11", 3, 64), ("A12", 18, 58), ("A13", 2, 41), ("A14", 9, 37),
    ("A15", 410, 3620), ("A16", 8, 181), ("A17", 14, 132), ("A18", 11, 141), ("A19", 35, 96),
    ("B01", 18, 47), ("B02", 5, 12), ("B03", 16, 43), ("B04", 4, 11),
    ("B05", 2, 3), ("B06", 1, 2), ("B07", 24, 41), ("B08", 12, 19), ("B09", 3, 62),
    ("B10", 4, 310), ("B11", 620, 1180), ("B12", 1, 33),
    ("B13", 2, 41), ("B14", 1, 28), ("B15", 6, 142), ("B16", 2480, 4790),
    ("B17", 1, 3), ("B18", 2, 5), ("B19", 3, 7),
    ("C01", 9, 17), ("C02", 8, 15), ("C03", 26, 58), ("C04", 21, 49), ("C05", 4, 9), ("C06", 3, 7), ("C07", 0, 1), ("C08", 0, 2),
];

var builder = MonthlyReport.CreateBuilder(schema, unit, may);
foreach (var (code, added, total) in figures)
{
    builder.SetBoth(code, added, total);
}

// One row per case counted in 起 (B05, B06, B17, B18), and the case behind the suspects caught (B19).
(string Code, int Day, string Place, string Summary)[] cases =
[
    ("B05", 4, "某小学门口", "（合成示例）制止可疑人员滋扰学生一起"),
    ("B05", 17, "某幼儿园周边", "（合成示例）劝离持械醉酒人员一起"),
    ("B06", 9, "某中学", "（合成示例）家长与学校纠纷引发聚集，已调解"),
    ("B17", 3, "某小学门口", "（合成示例）盗窃电动车案，已破获"),
    ("B18", 11, "某中学周边", "（合成示例）寻衅滋事案一起，已查处"),
    ("B18", 22, "某小学周边", "（合成示例）无证经营摊点扰序一起，已查处"),
    ("B19", 3, "某小学门口", "（合成示例）盗窃电动车案，抓获嫌疑人3名"),
];
foreach (var (code, day, place, summary) in cases)
{
    builder.AddCase(new CaseDetail(code, may.OnDayOfMonth(day), place, summary));
}

builder.WithFiling(new ReportFiling { Reviewer = "（合成示例）", Preparer = "（合成示例）", Phone = "0371-00000000", FiledOn = new LocalDate(2017, 6, 1) });
var report = builder.Build();

var findings = RuleSet.For(schema).Validate(report).Findings;
if (findings.Count > 0)
{
    Console.Error.WriteLine("The sample breaks the form's own rules; fix the figures:");
    foreach (var finding in findings)
    {
        Console.Error.WriteLine($"  {finding.RuleCode}: {finding.EnglishMessage}");
    }

    return 1;
}

var writer = new ExcelFormWriter();
var formPath = Path.Combine(outDir, "form.xlsx");
writer.WriteToFile(report, formPath);
writer.WriteTemplateToFile(Path.Combine(outDir, "template.xlsx"));

// Say on the sheet itself that the figures are synthetic: a line under the footer, inside the print area.
using (var workbook = new XLWorkbook(formPath))
{
    var sheet = workbook.Worksheet(1);
    var lastRow = sheet.LastRowUsed()!.RowNumber();
    var lastColumn = sheet.LastColumnUsed()!.ColumnNumber();
    var note = sheet.Range(lastRow + 2, 1, lastRow + 2, lastColumn).Merge();
    note.FirstCell().Value = SyntheticNote;
    note.Style.Font.Bold = true;
    note.Style.Font.FontColor = XLColor.DarkRed;
    note.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    sheet.PageSetup.PrintAreas.Clear();
    sheet.PageSetup.PrintAreas.Add(1, 1, lastRow + 2, lastColumn);
    workbook.Save();
}

Console.WriteLine($"wrote {outDir}/form.xlsx (synthetic figures, no finding of any rule) and {outDir}/template.xlsx");
return 0;
