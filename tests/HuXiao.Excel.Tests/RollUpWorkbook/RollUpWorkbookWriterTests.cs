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
    private static readonly OrganisationUnit s_d = new("410105", "金水区公安分局");
    private static readonly OrganisationUnit s_e = new("410199", "某分局");

    private static MonthlyReport Report(OrganisationUnit unit, long a01, long? b17New)
        => MonthlyReport.CreateBuilder(Samples.Schema, unit, Samples.Period).SetTotal("A01", a01).SetNew("B17", b17New).Build();

    [Fact]
    public void The_workbook_holds_a_row_per_unit_with_its_status_a_total_findings_and_the_city_form()
    {
        var reports = new[] { Report(s_a, 30, 2), Report(s_b, 12, null) };
        var rollUp = ReportRollUp.Combine(Samples.Schema, s_city, Samples.Period, reports, [s_a.Code, s_b.Code, s_c.Code, s_d.Code]);
        var validation = RuleSet.For(Samples.Schema).Validate(reports[0]);
        var problem = new InputProblem("HX0415", "校园安全工作进展报表!B8", "B8 为“12所”，应为整数。", "B8 is '12所'; a whole number was expected.", "A01");
        UnitFiling[] units =
        [
            new() { Unit = s_a, Status = FilingStatus.Filed, Submission = Submission.Of(reports[0]), Validation = validation, DaysLate = 0 },
            new() { Unit = s_b, Status = FilingStatus.Late, Submission = Submission.Of(reports[1]), DaysLate = 3, DateBasis = FilingDateBasis.Received },
            new() { Unit = s_c, Status = FilingStatus.Missing },
            new() { Unit = s_d, Status = FilingStatus.Refused, Submission = Submission.Refused([problem], "410105.xlsx", s_d) },
            new() { Unit = s_e, Status = FilingStatus.Unexpected, Submission = Submission.Of(Report(s_e, 7, null)) },
        ];
        var extra = new Finding
        {
            Kind = FindingKind.Compliance,
            Code = "alarm-linked",
            Severity = FindingSeverity.Error,
            Status = "not-met",
            UnitCode = s_b.Code,
            Location = "check:A19",
            Message = new BilingualText("一键式报警联网未完成", "one-touch alarms not all linked"),
        };

        using var buffer = new MemoryStream();
        new RollUpWorkbookWriter().Write(rollUp, buffer, units, [extra]);

        buffer.Position = 0;
        using (var wb = new XLWorkbook(buffer))
        {
            var sheet = wb.Worksheet(RollUpWorkbookWriter.RollUpSheetName);
            var status = RollUpWorkbookWriter.StatusColumn;
            Assert.Equal(["410102", "410103", "410104", "410105", "410199"], Enumerable.Range(4, 5).Select(r => sheet.Cell(r, 1).GetString()));
            Assert.Equal(["filed", "late", "missing", "refused", "unexpected"], Enumerable.Range(4, 5).Select(r => sheet.Cell(r, status).GetString().Split(' ', '（')[1]));
            Assert.StartsWith("逾期报送 late（逾期3天）", sheet.Cell(5, status).GetString(), StringComparison.Ordinal);
            Assert.StartsWith("报送有误 refused（1处问题）", sheet.Cell(7, status).GetString(), StringComparison.Ordinal);
            Assert.Equal(30, sheet.Cell(4, 6).GetDouble());          // A01 合计 of 410102
            Assert.Equal(2, sheet.Cell(4, 5 + (2 * Samples.Schema["B17"].Ordinal)).GetDouble());
            Assert.Equal("管城区公安分局", sheet.Cell(6, 2).GetString());
            Assert.True(sheet.Cell(6, 6).IsEmpty());
            Assert.True(sheet.Cell(7, 6).IsEmpty());                 // a refused form has no figures
            Assert.True(sheet.Cell(8, 6).IsEmpty());                 // an unexpected unit's figures are not in the total
            Assert.Equal("合计", sheet.Cell(9, 1).GetString());
            Assert.Equal(42, sheet.Cell(9, 6).GetDouble());
            Assert.Contains("报送有误1个", sheet.Cell(9, status).GetString(), StringComparison.Ordinal);
            Assert.Equal(2, sheet.Cell(10, 6).GetDouble());          // two units filled A01 合计

            var list = wb.Worksheet(RollUpWorkbookWriter.FindingsSheetName);
            var rows = list.RowsUsed().Skip(1).Select(r => (Unit: r.Cell(1).GetString(), Rule: r.Cell(4).GetString(), Location: r.Cell(8).GetString())).ToArray();
            Assert.Contains(("410104", "not-reported", string.Empty), rows);
            Assert.Contains(("410103", "late", "410103-2017-05"), rows);
            Assert.Contains(("410105", "HX0415", "校园安全工作进展报表!B8"), rows);
            Assert.Contains(rows, r => r is { Unit: "410199", Rule: "unexpected" });
            Assert.Contains(("410103", "alarm-linked", "check:A19"), rows);
            Assert.Equal(validation.Findings.Count(f => !f.IsNotChecked) + 5, rows.Length);
        }

        // The city's own form, filled with the totals, reads back as the city's report.
        var city = new ExcelFormReader().Read(buffer.ToArray());
        Assert.True(city.Succeeded, string.Join("\n", city.Problems));
        Assert.Equal(s_city, city.Value.Unit);
        Assert.Equal(42, city.Value.Total("A01"));
        Assert.Equal(2, city.Value.New("B17"));
        Assert.Null(city.Value.New("A01"));
    }

    [Fact]
    public void Without_the_months_statuses_the_roll_ups_own_lists_stand_in()
    {
        var rollUp = ReportRollUp.Combine(Samples.Schema, s_city, Samples.Period, [Report(s_a, 30, null)], [s_a.Code, s_c.Code]);
        using var buffer = new MemoryStream();
        new RollUpWorkbookWriter().Write(rollUp, buffer);
        buffer.Position = 0;
        using var wb = new XLWorkbook(buffer);
        var sheet = wb.Worksheet(RollUpWorkbookWriter.RollUpSheetName);
        Assert.Equal("已报送 filed", sheet.Cell(4, RollUpWorkbookWriter.StatusColumn).GetString());
        Assert.Equal("未报送 missing", sheet.Cell(5, RollUpWorkbookWriter.StatusColumn).GetString());
    }
}
