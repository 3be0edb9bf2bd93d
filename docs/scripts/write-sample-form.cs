#:project ../../src/HuXiao.Excel/HuXiao.Excel.csproj
// Writes a sample filled form and a blank template for render-form.sh. Usage: dotnet run write-sample-form.cs -- OUTDIR
using HuXiao.Excel;
using HuXiao.Reporting;
using NodaTime;

var outDir = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(outDir);
var schema = ReportSchema.Zhengzhou2017;
var builder = MonthlyReport.CreateBuilder(schema, new OrganisationUnit("410102", "中原区公安分局"), new YearMonth(2017, 5));
foreach (var indicator in schema.Indicators)
{
    builder.Set(indicator.Ordinal, ReportRow.New, indicator.Ordinal % 5);
    builder.Set(indicator.Ordinal, ReportRow.Total, 120 + (indicator.Ordinal * 7));
}

builder.WithFiling(new ReportFiling { Reviewer = "张某", Preparer = "李某", Phone = "0371-00000000", FiledOn = new LocalDate(2017, 6, 1) })
    .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 3), "某小学门口", "示例：盗窃电动车案，已破获（样例数据）"));
var writer = new ExcelFormWriter();
writer.WriteToFile(builder.Build(), Path.Combine(outDir, "form.xlsx"));
writer.WriteTemplateToFile(Path.Combine(outDir, "template.xlsx"));
Console.WriteLine($"wrote {outDir}/form.xlsx and {outDir}/template.xlsx");
