#:project ../../../src/HuXiao.Excel/HuXiao.Excel.csproj
// Wrote the v0.1 compatibility fixtures in v0.1/ with the writer of release 0.1 (before the stored-value reader).
// Kept for the record: running it again writes with today's writer, which is not what the fixtures are for.
// Run it from a copy outside tests/ (tests/Directory.Build.props makes every project a test project), with the
// #:project path made absolute: dotnet run make.cs -- OUTDIR.
// The expected contents are rebuilt in tests/HuXiao.Excel.Tests/Support/Samples.cs (Full, Sparse).
using HuXiao.Excel;
using HuXiao.Reporting;
using NodaTime;

var outDir = args.Length > 0 ? args[0] : "v0.1";
Directory.CreateDirectory(outDir);
var schema = ReportSchema.Zhengzhou2017;
var unit = new OrganisationUnit("410102", "中原区公安分局");
var may = new YearMonth(2017, 5);

var full = MonthlyReport.CreateBuilder(schema, unit, may);
foreach (var indicator in schema.Indicators)
{
    full.Set(indicator.Ordinal, ReportRow.New, indicator.Ordinal + 1);
    full.Set(indicator.Ordinal, ReportRow.Total, 100 + indicator.Ordinal);
}

full.WithFiling(new ReportFiling { Reviewer = "王审核", Preparer = "李填表", Phone = "0371-12345678", FiledOn = new LocalDate(2017, 6, 1), Revision = 2 })
    .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 3), "某小学门口", "盗窃电动车案，已破获"))
    .AddCase(new CaseDetail("B05", null, "某幼儿园", "制止一起可疑人员滋扰"));

// Blanks, a stock that fell, a zero, numbers past 15 digits (written as text), no filing date.
var sparse = MonthlyReport.CreateBuilder(schema, new OrganisationUnit("410105", "金水分局"), new YearMonth(2017, 11))
    .SetBoth("A01", -2, 310).SetBoth("A02", 0, 200).SetBoth("A03", -2, 110)
    .SetTotal("A15", 1_234_567_890_123_456_789).SetNew("A15", 999_999_999_999_999)
    .SetBoth("B17", 3, 41).SetTotal("C08", 0)
    .WithFiling(new ReportFiling { Preparer = "赵某" })
    .AddCase(new CaseDetail("B17", new LocalDate(2017, 11, 20), "某中学", "寻衅滋事案，已破获"));

var writer = new ExcelFormWriter();
writer.WriteToFile(full.Build(), Path.Combine(outDir, "filled-410102-2017-05.xlsx"));
writer.WriteToFile(sparse.Build(), Path.Combine(outDir, "filled-410105-2017-11.xlsx"));
writer.WriteTemplateToFile(Path.Combine(outDir, "template.xlsx"));
writer.WriteTemplateToFile(Path.Combine(outDir, "template-410102-2017-05.xlsx"), unit, may);
Console.WriteLine($"wrote the v0.1 fixtures to {outDir}");
