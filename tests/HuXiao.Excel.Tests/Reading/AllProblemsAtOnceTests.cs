using HuXiao.Excel.Tests.Support;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using static HuXiao.Excel.Tests.Support.FormEditing;

namespace HuXiao.Excel.Tests.Reading;

/// <summary>One read reports every problem, and the consistency rules still run over the cells that were read.</summary>
public sealed class AllProblemsAtOnceTests
{
    private readonly ExcelFormReader _reader = new();

    [Fact]
    public void A_bad_cell_does_not_hide_a_sum_error_elsewhere()
    {
        var bytes = Edit(Samples.FullBytes(), wb =>
        {
            var ws = wb.Worksheet(FormSheet);
            ws.Cell("B7").SetValue(70);      // A01 新增
            ws.Cell("C7").SetValue(63);      // A02 新增
            ws.Cell("D7").SetValue(8);       // A03 新增: 63 + 8 ≠ 70
            ws.Cell("C8").SetValue("12所");  // A02 合计: refused
        });
        var result = _reader.Read(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ExcelErrorCodes.NotANumber, problem.Code);
        Assert.Equal($"{FormSheet}!C8", problem.Location);
        Assert.False(result.IsRefused);
        Assert.Null(result.Partial!.Total("A02"));
        Assert.Equal(63, result.Partial.New("A02"));

        var findings = result.ValidateReadCells(RuleSet.For(Samples.Schema));
        var sum = Assert.Single(findings, f => f.RuleCode == "urban-plus-rural" && f.Row == ReportRow.New);
        Assert.Equal(FindingSeverity.Error, sum.Severity);
        Assert.Equal($"{FormSheet}!B7", sum.Location);

        // The rule over 合计 could not be checked: it says the refused cell counts as blank.
        var notChecked = Assert.Single(findings, f => f.RuleCode == "urban-plus-rural" && f.Row == ReportRow.Total);
        Assert.True(notChecked.IsNotChecked);
        Assert.Contains($"{FormSheet}!C8", notChecked.Message, StringComparison.Ordinal);
        Assert.Contains("按空白计", notChecked.Message, StringComparison.Ordinal);
        Assert.Contains("counts as blank", notChecked.EnglishMessage, StringComparison.Ordinal);

        // No blank-cell warning for the refused cell: the refusal already says what is there.
        Assert.DoesNotContain(findings, f => f.RuleCode == "blank-cell" && f.Indicators.Contains("A02") && f.Row == ReportRow.Total);
    }

    [Fact]
    public void Every_cell_problem_of_every_kind_comes_in_one_read_in_sheet_order()
    {
        var package = new FormPackage(Samples.FullBytes());
        package.SetInlineText("C7", "12所")
            .SetFormula("P8", "C8+D8", "99")
            .SetNumber("C8", "1", package.AddBuiltInFormat(9))
            .SetNumber("B13", "-3")
            .SetInlineText("Q22", "30号")
            .SetInlineText("A5", "Z99", part: FormPackage.CasePart);
        var result = _reader.Read(package.ToBytes());
        Assert.Equal(
            [
                (ExcelErrorCodes.NotANumber, $"{FormSheet}!C7"),
                (ExcelErrorCodes.NumberFormatMismatch, $"{FormSheet}!C8"),
                (ExcelErrorCodes.FormulaError, $"{FormSheet}!P8"),
                (ExcelErrorCodes.NegativeNotAllowed, $"{FormSheet}!B13"),
                (ExcelErrorCodes.BadDate, $"{FormSheet}!Q22"),
                (ExcelErrorCodes.UnknownIndicator, "具体情况!A5"),
            ],
            result.Problems.Select(p => (p.Code, p.Location!)));
        Assert.Equal(Samples.Unit, result.Unit);
        Assert.Equal(Samples.Period, result.Period);
        Assert.NotNull(result.Partial);
    }

    [Fact]
    public void A_read_report_validates_as_before()
    {
        var result = _reader.Read(Samples.FullBytes());
        var rules = RuleSet.For(Samples.Schema);
        Assert.Equal(rules.Validate(result.Value!, locator: result.Locator).Findings.Select(f => f.Message), result.ValidateReadCells(rules).Select(f => f.Message));
    }
}
