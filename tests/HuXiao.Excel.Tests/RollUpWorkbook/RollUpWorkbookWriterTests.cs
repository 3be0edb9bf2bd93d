using ClosedXML.Excel;
using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Excel.Tests.RollUpWorkbook;

public sealed class RollUpWorkbookWriterTests
{
    private static readonly OrganisationUnit s_city = new("410100", "郑州市公安局");
    private static readonly OrganisationUnit s_a = new("410102", "中原区公安分局");
    private static readonly OrganisationUnit s_b = new("410103", "二七区公安分局");
    private static readonly OrganisationUnit s_c = new("410104", "管城区公安分局");

    private static MonthlyReport Report(OrganisationUnit unit, long a01, long? b17New)
        => MonthlyReport.CreateBuilder(Samples.Schema, unit, Samples.Period).SetTotal("A01", a01).SetNew("B17", b17New).Build();

    [Fact]
    public void The_workbook_holds_a_row_per_unit_the_missing_marked_a_total_findings_and_the_city_form()
    {
        var reports = new[] { Report(s_a, 30, 2), Report(s_b, 12, null) };
        var rollUp = ReportRollUp.Combine(Samples.Schema, s_city, Samples.Period, reports, [s_a.Code, s_b.Code, s_c.Code]);
        var findings = RuleSet.For(Samples.Schema).Validate(reports[0]).Findings.Where(f => !f.IsNotChecked).ToArray();
        var extra = new WorkbookFinding(s_b.Code, "alarm-linked", "not-met", "一键式报警联网未完成", "check:A19");

        using var buffer = new MemoryStream();
        new RollUpWorkbookWriter().Write(rollUp, buffer, [s_a, s_b, s_c], findings, [extra]);

        buffer.Position = 0;
        using (var wb = new XLWorkbook(buffer))
        {
            var sheet = wb.Worksheet(RollUpWorkbookWriter.RollUpSheetName);
            Assert.Equal("410102", sheet.Cell(4, 1).GetString());
            Assert.Equal(30, sheet.Cell(4, 6).GetDouble());          // A01 合计 of 410102
            Assert.Equal(2, sheet.Cell(4, 5 + (2 * Samples.Schema["B17"].Ordinal)).GetDouble());
            Assert.Equal("410104", sheet.Cell(6, 1).GetString());
            Assert.Equal("管城区公安分局", sheet.Cell(6, 2).GetString());
            Assert.StartsWith("未报送", sheet.Cell(6, 3).GetString(), StringComparison.Ordinal);
            Assert.True(sheet.Cell(6, 6).IsEmpty());
            Assert.Equal("合计", sheet.Cell(7, 1).GetString());
            Assert.Equal(42, sheet.Cell(7, 6).GetDouble());
            Assert.Equal(2, sheet.Cell(8, 6).GetDouble());           // two units filled A01 合计

            var list = wb.Worksheet(RollUpWorkbookWriter.FindingsSheetName);
            var rows = list.RowsUsed().Skip(1).Select(r => (Unit: r.Cell(1).GetString(), Rule: r.Cell(4).GetString(), Location: r.Cell(8).GetString())).ToArray();
            Assert.Contains(("410104", "not-reported", string.Empty), rows);
            Assert.Contains(("410103", "alarm-linked", "check:A19"), rows);
            Assert.Equal(findings.Length + 2, rows.Length);
        }

        // The city's own form, filled with the totals, reads back as the city's report.
        var city = new ExcelFormReader().Read(buffer.ToArray());
        Assert.True(city.Succeeded, string.Join("\n", city.Problems));
        Assert.Equal(s_city, city.Report.Unit);
        Assert.Equal(42, city.Report.Total("A01"));
        Assert.Equal(2, city.Report.New("B17"));
        Assert.Null(city.Report.New("A01"));
    }
}
