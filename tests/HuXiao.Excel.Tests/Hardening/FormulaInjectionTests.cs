using ClosedXML.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Excel.Tests.Hardening;

/// <summary>Text that looks like a formula (=, +, -, @) is written as text: no formula injection through names or summaries.</summary>
public class FormulaInjectionTests
{
    private static readonly string[] Payloads = ["=1+2", "+SUM(A1:A9)", "-2+3", "@SUM(1)", "=HYPERLINK(\"http://example.invalid\",\"x\")"];

    private static void AssertNoFormula(byte[] workbook, IEnumerable<string> expectedTexts)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        var cells = book.Worksheets.SelectMany(ws => ws.CellsUsed()).ToArray();
        Assert.DoesNotContain(cells, c => c.HasFormula);
        var texts = cells.Select(c => c.GetString()).ToArray();
        foreach (var expected in expectedTexts)
        {
            Assert.True(texts.Any(t => t.Contains(expected, StringComparison.Ordinal)), $"\"{expected}\" is not in the workbook");
        }
    }

    [Fact]
    public void The_form_writes_formula_like_names_places_and_summaries_as_text()
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", Payloads[0]), new YearMonth(2017, 5))
            .SetBoth("B17", 1, 1)
            .WithFiling(new ReportFiling { Preparer = Payloads[1], Reviewer = Payloads[2], Phone = Payloads[3] });
        builder.AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 3), Payloads[3], Payloads[4]));
        var bytes = new ExcelFormWriter().Write(builder.Build());
        AssertNoFormula(bytes, Payloads);
        Assert.Equal(Payloads[0], new ExcelFormReader().Read(bytes).GetValueOrThrow().Unit.Name);
    }

    [Fact]
    public void The_rollup_workbook_writes_formula_like_unit_names_and_findings_as_text()
    {
        var unit = new OrganisationUnit("410103", Payloads[1]);
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit, new YearMonth(2017, 5)).SetBoth("A01", 0, 5).Build();
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, new OrganisationUnit("410100", Payloads[2]), new YearMonth(2017, 5), [report], ["410103", "410104"]);
        using var stream = new MemoryStream();
        UnitFiling[] units =
        [
            new() { Unit = unit, Status = FilingStatus.Filed, Submission = Submission.Of(report, Payloads[0]) },
            new() { Unit = new OrganisationUnit("410104", Payloads[3]), Status = FilingStatus.Refused, Submission = Submission.Refused([new InputProblem("HX0415", Payloads[2], Payloads[1], Payloads[4])], Payloads[3]) },
        ];
        new RollUpWorkbookWriter().Write(rollUp, stream, units, extraFindings: [new Finding { Kind = FindingKind.Compliance, Code = Payloads[4], Severity = FindingSeverity.Error, Status = Payloads[3], UnitCode = "410103", Message = new BilingualText(Payloads[0], Payloads[1]) }]);
        AssertNoFormula(stream.ToArray(), Payloads);
    }
}
