using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Writing;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Excel;

/// <summary>
/// Writes the workbook the city office keeps for a month: a roll-up sheet (汇总) with a row per unit, the units
/// that did not report marked, and a total row; a findings sheet (问题) listing validation findings and any
/// other findings passed in; and the city's own form filled with the totals, with its case details. Values,
/// never formulas. Immutable and thread-safe.
/// </summary>
public sealed class RollUpWorkbookWriter
{
    /// <summary>The name of the roll-up sheet.</summary>
    public const string RollUpSheetName = "汇总";

    /// <summary>The name of the findings sheet.</summary>
    public const string FindingsSheetName = "问题";

    private const int FirstValueColumn = 5;
    private static readonly XLColor s_missingFill = XLColor.FromArgb(0xFF, 0xE4, 0xE1);

    /// <summary>Writes the roll-up workbook to a stream.</summary>
    /// <param name="rollUp">The roll-up of the units' reports; its report is the city's form.</param>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="expectedUnits">The units that should have reported, to name the missing ones; optional (codes alone otherwise).</param>
    /// <param name="findings">Validation findings of the units' reports; optional.</param>
    /// <param name="extraFindings">Other findings, such as compliance; optional.</param>
    public void Write(RollUpResult rollUp, Stream output, IEnumerable<OrganisationUnit>? expectedUnits = null, IEnumerable<ValidationFinding>? findings = null, IEnumerable<WorkbookFinding>? extraFindings = null)
    {
        Preconditions.CheckNotNull(rollUp);
        Preconditions.CheckNotNull(output);
        var names = (expectedUnits ?? []).GroupBy(u => u.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        using var workbook = new XLWorkbook();
        WriteRollUpSheet(workbook, rollUp, names);
        WriteFindingsSheet(workbook, rollUp, names, findings ?? [], extraFindings ?? []);
        var content = FormContent.Of(rollUp.Report);
        FormSheetWriter.Write(workbook, content, ExcelFormWriter.SheetName(rollUp.Report.Schema));
        CaseSheetWriter.Write(workbook, rollUp.Report.Schema, rollUp.Report.Cases);
        WorkbookPropertiesWriter.Write(workbook, content);
        workbook.SaveAs(output);
    }

    /// <summary>Writes the roll-up workbook to a file, through a temporary name (see <see cref="AtomicFile"/>).</summary>
    /// <param name="rollUp">The roll-up of the units' reports.</param>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="inputs">Input files that must not be overwritten.</param>
    /// <param name="expectedUnits">The units that should have reported; optional.</param>
    /// <param name="findings">Validation findings; optional.</param>
    /// <param name="extraFindings">Other findings, such as compliance; optional.</param>
    /// <exception cref="ReportingException"><see cref="ErrorCodes.OutputRefused"/>: the path is an input, or cannot be written.</exception>
    public void WriteToFile(RollUpResult rollUp, string path, IEnumerable<string>? inputs = null, IEnumerable<OrganisationUnit>? expectedUnits = null, IEnumerable<ValidationFinding>? findings = null, IEnumerable<WorkbookFinding>? extraFindings = null)
        => AtomicFile.Write(path, s => Write(rollUp, s, expectedUnits, findings, extraFindings), inputs ?? []);

    private static void WriteRollUpSheet(XLWorkbook workbook, RollUpResult rollUp, Dictionary<string, string> names)
    {
        var report = rollUp.Report;
        var schema = report.Schema;
        var ws = workbook.AddWorksheet(RollUpSheetName);
        ws.Style.Font.FontName = FormSheetWriter.FontName;
        ws.Style.Font.FontSize = 10;
        var lastCol = FirstValueColumn + (schema.Count * 2) - 1;

        var title = ws.Range(1, 1, 1, Math.Min(lastCol, 20)).Merge();
        FormSheetWriter.SetText(title.FirstCell(), $"{report.Unit.Name} {schema.Title} 汇总（{report.Period.Year}年{report.Period.Month}月）");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;

        string[] fixedHeaders = ["单位代码", "单位名称", "状态", "修订"];
        for (var c = 0; c < fixedHeaders.Length; c++)
        {
            ws.Range(2, c + 1, 3, c + 1).Merge();
            FormSheetWriter.SetText(ws.Cell(2, c + 1), fixedHeaders[c]);
        }

        foreach (var indicator in schema.Indicators)
        {
            var col = FirstValueColumn + (indicator.Ordinal * 2);
            ws.Range(2, col, 2, col + 1).Merge();
            FormSheetWriter.SetText(ws.Cell(2, col), $"{indicator.Code} {indicator.Label}({indicator.Unit.Symbol})");
            FormSheetWriter.SetText(ws.Cell(3, col), "新增");
            FormSheetWriter.SetText(ws.Cell(3, col + 1), "合计");
        }

        var row = 4;
        var rows = rollUp.Used.Select(r => (Code: r.Unit.Code, Name: r.Unit.Name, Report: (MonthlyReport?)r))
            .Concat(rollUp.Missing.Select(code => (Code: code, Name: names.TryGetValue(code, out var n) ? n : string.Empty, Report: (MonthlyReport?)null)))
            .OrderBy(x => x.Code, StringComparer.Ordinal);
        foreach (var (code, name, unitReport) in rows)
        {
            FormSheetWriter.SetText(ws.Cell(row, 1), code);
            FormSheetWriter.SetText(ws.Cell(row, 2), name);
            if (unitReport is null)
            {
                FormSheetWriter.SetText(ws.Cell(row, 3), "未报送 not reported");
                ws.Range(row, 1, row, lastCol).Style.Fill.BackgroundColor = s_missingFill;
            }
            else
            {
                var unexpected = rollUp.Unexpected.Any(u => u.Code == code);
                FormSheetWriter.SetText(ws.Cell(row, 3), unexpected ? "已报送（不在应报名单） reported, not expected" : "已报送 reported");
                ws.Cell(row, 4).SetValue(unitReport.Revision);
                WriteValues(ws, row, unitReport);
            }

            row++;
        }

        FormSheetWriter.SetText(ws.Cell(row, 1), "合计");
        FormSheetWriter.SetText(ws.Cell(row, 2), report.Unit.Name);
        FormSheetWriter.SetText(ws.Cell(row, 3), $"{rollUp.Used.Count} 个单位报送，{rollUp.Missing.Count} 个未报送");
        WriteValues(ws, row, report);
        ws.Range(row, 1, row, lastCol).Style.Font.Bold = true;
        row++;
        FormSheetWriter.SetText(ws.Cell(row, 1), "填报单位数");
        FormSheetWriter.SetText(ws.Cell(row, 3), "filled by how many units");
        foreach (var indicator in schema.Indicators)
        {
            var col = FirstValueColumn + (indicator.Ordinal * 2);
            ws.Cell(row, col).SetValue(rollUp.FilledCount(indicator.Ordinal, ReportRow.New));
            ws.Cell(row, col + 1).SetValue(rollUp.FilledCount(indicator.Ordinal, ReportRow.Total));
        }

        var table = ws.Range(2, 1, row, lastCol);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        ws.Range(2, 1, 3, lastCol).Style.Alignment.WrapText = true;
        ws.Range(2, 1, 3, lastCol).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        ws.Range(2, 1, 3, lastCol).Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);
        ws.Row(2).Height = 54;
        ws.Column(1).Width = 10;
        ws.Column(2).Width = 18;
        ws.Column(3).Width = 16;
        ws.Column(4).Width = 5;
        for (var c = FirstValueColumn; c <= lastCol; c++)
        {
            ws.Column(c).Width = 8;
        }

        ws.SheetView.Freeze(3, 2);
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
    }

    private static void WriteValues(IXLWorksheet ws, int row, MonthlyReport report)
    {
        foreach (var indicator in report.Schema.Indicators)
        {
            var col = FirstValueColumn + (indicator.Ordinal * 2);
            SetNumber(ws.Cell(row, col), report[indicator, ReportRow.New]);
            SetNumber(ws.Cell(row, col + 1), report[indicator, ReportRow.Total]);
        }
    }

    private static void SetNumber(IXLCell cell, long? value)
    {
        if (value is not { } v)
        {
            return;
        }

        if (v is >= -999_999_999_999_999 and <= 999_999_999_999_999)
        {
            cell.SetValue(v);
        }
        else
        {
            FormSheetWriter.SetText(cell, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteFindingsSheet(XLWorkbook workbook, RollUpResult rollUp, Dictionary<string, string> names, IEnumerable<ValidationFinding> findings, IEnumerable<WorkbookFinding> extra)
    {
        foreach (var unit in rollUp.Used.Select(r => r.Unit))
        {
            names.TryAdd(unit.Code, unit.Name);
        }

        var ws = workbook.AddWorksheet(FindingsSheetName);
        ws.Style.Font.FontName = FormSheetWriter.FontName;
        ws.Style.Font.FontSize = 10;
        string[] headers = ["单位代码", "单位名称", "来源", "规则", "严重程度/状态", "行", "指标", "位置", "说明", "Message"];
        double[] widths = [10, 18, 10, 26, 12, 6, 16, 26, 60, 60];
        for (var c = 0; c < headers.Length; c++)
        {
            FormSheetWriter.SetText(ws.Cell(1, c + 1), headers[c]);
            ws.Column(c + 1).Width = widths[c];
        }

        ws.Range(1, 1, 1, headers.Length).Style.Font.Bold = true;
        ws.Range(1, 1, 1, headers.Length).Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);
        var row = 2;
        foreach (var code in rollUp.Missing)
        {
            WriteRow(ws, row++, [code, names.GetValueOrDefault(code, string.Empty), "roll-up", "not-reported", "error", string.Empty, string.Empty, string.Empty, "本月未报送报表。", "No report was filed for the month."]);
        }

        foreach (var s in rollUp.Superseded)
        {
            WriteRow(ws, row++, [s.Unit.Code, s.Unit.Name, "roll-up", "superseded", "info", string.Empty, string.Empty, string.Empty, $"第 {s.Revision} 版已被第 {s.ReplacedBy} 版替代。", $"Revision {s.Revision} was replaced by revision {s.ReplacedBy}."]);
        }

        foreach (var f in findings)
        {
            WriteRow(ws, row++, [
                f.UnitCode, names.GetValueOrDefault(f.UnitCode, string.Empty), "validation", f.RuleCode,
                f.Severity == FindingSeverity.Error ? "error" : "warning",
                f.Row is null ? string.Empty : f.Row == ReportRow.New ? "新增" : "合计",
                string.Join(", ", f.Indicators), f.Location ?? string.Empty, f.Message, f.EnglishMessage]);
        }

        foreach (var f in extra)
        {
            WriteRow(ws, row++, [f.UnitCode, names.GetValueOrDefault(f.UnitCode, string.Empty), f.Source, f.Rule, f.Status, string.Empty, string.Empty, f.Location ?? string.Empty, f.Message, string.Empty]);
        }

        ws.Range(1, 1, Math.Max(1, row - 1), headers.Length).Style.Alignment.WrapText = true;
        ws.SheetView.FreezeRows(1);
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    private static void WriteRow(IXLWorksheet ws, int row, string[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            FormSheetWriter.SetText(ws.Cell(row, c + 1), values[c]);
        }
    }
}
