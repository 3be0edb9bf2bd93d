using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Writing;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Excel;

/// <summary>
/// Writes the workbook the city office keeps for a month: a roll-up sheet (汇总) with a row per unit and its filing
/// status (filed, late, filed with errors, refused, missing, unexpected — as the month gives them, see
/// <see cref="UnitFiling"/>), the figures of the units combined, and a total row; a findings sheet (问题) listing what
/// each unit's form lacks (the problems of a refused form, the consistency findings, lateness, replaced revisions)
/// and any other findings passed in; and the city's own form filled with the totals, with its case details. Values,
/// never formulas. Immutable and thread-safe.
/// </summary>
public sealed class RollUpWorkbookWriter
{
    /// <summary>The name of the roll-up sheet.</summary>
    public const string RollUpSheetName = "汇总";

    /// <summary>The name of the findings sheet.</summary>
    public const string FindingsSheetName = "问题";

    /// <summary>The roll-up sheet's column holding each unit's status: its Chinese label, then its wire name (<see cref="FilingStatusNames.ToWireName"/>).</summary>
    public const int StatusColumn = 3;

    private const int FirstValueColumn = 5;
    private static readonly XLColor s_missingFill = XLColor.FromArgb(0xFF, 0xE4, 0xE1);
    private static readonly XLColor s_warnFill = XLColor.FromArgb(0xFF, 0xF4, 0xD6);

    /// <summary>Writes the roll-up workbook to a stream.</summary>
    /// <param name="rollUp">The roll-up of the units' reports; its report is the city's form.</param>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="units">
    /// Every unit's filing for the month (the month's <c>Units</c> in HuXiao.Months), in the order to list them. When
    /// omitted, the roll-up's own lists stand in: the units used as filed, the expected units not used as missing.
    /// </param>
    /// <param name="extraFindings">Other findings in the one finding shape, such as compliance (<c>ComplianceFinding.ToFinding</c>); optional. Each is a row of the findings sheet: its unit, kind and clause, code, status (or severity), indicators, location and both messages.</param>
    public void Write(IRollUpResult rollUp, Stream output, IEnumerable<UnitFiling>? units = null, IEnumerable<Finding>? extraFindings = null)
    {
        Preconditions.CheckNotNull(rollUp);
        Preconditions.CheckNotNull(output);
        using var workbook = Build(rollUp, units, extraFindings);
        workbook.SaveAs(output);
    }

    /// <summary>
    /// Writes the roll-up workbook to a stream without synchronous I/O on it (a web response, a non-seekable
    /// stream): the workbook is built in memory, then copied asynchronously.
    /// </summary>
    /// <param name="rollUp">The roll-up of the units' reports; its report is the city's form.</param>
    /// <param name="output">A writable stream, left open.</param>
    /// <param name="units">Every unit's filing for the month; see <see cref="Write"/>.</param>
    /// <param name="extraFindings">Other findings in the one finding shape, such as compliance (<c>ComplianceFinding.ToFinding</c>); optional. Each is a row of the findings sheet: its unit, kind and clause, code, status (or severity), indicators, location and both messages.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public async Task WriteAsync(IRollUpResult rollUp, Stream output, IEnumerable<UnitFiling>? units = null, IEnumerable<Finding>? extraFindings = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(rollUp);
        Preconditions.CheckNotNull(output);
        using var buffer = new MemoryStream();
        using (var workbook = Build(rollUp, units, extraFindings))
        {
            workbook.SaveAs(buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static XLWorkbook Build(IRollUpResult rollUp, IEnumerable<UnitFiling>? units, IEnumerable<Finding>? extraFindings)
    {
        var filings = units?.ToArray() ?? FromRollUp(rollUp);
        var workbook = new XLWorkbook();
        try
        {
            WriteRollUpSheet(workbook, rollUp, filings);
            WriteFindingsSheet(workbook, rollUp, filings, units is null, extraFindings ?? []);
            FormWorkbook.Write(workbook, FormContent.Of(rollUp.Report));
            return workbook;
        }
        catch
        {
            workbook.Dispose();
            throw;
        }
    }

    /// <summary>Writes the roll-up workbook to a file, through a temporary name (see <see cref="AtomicFile"/>).</summary>
    /// <param name="rollUp">The roll-up of the units' reports.</param>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="inputs">Input files that must not be overwritten.</param>
    /// <param name="units">Every unit's filing for the month; see <see cref="Write"/>.</param>
    /// <param name="extraFindings">Other findings in the one finding shape, such as compliance (<c>ComplianceFinding.ToFinding</c>); optional. Each is a row of the findings sheet: its unit, kind and clause, code, status (or severity), indicators, location and both messages.</param>
    /// <exception cref="ReportingException"><see cref="ErrorCodes.OutputRefused"/>: the path is an input, or cannot be written.</exception>
    public void WriteToFile(IRollUpResult rollUp, string path, IEnumerable<string>? inputs = null, IEnumerable<UnitFiling>? units = null, IEnumerable<Finding>? extraFindings = null)
        => AtomicFile.Write(path, s => Write(rollUp, s, units, extraFindings), inputs ?? []);

    /// <summary>The status label of a unit, as the roll-up sheet shows it: Chinese, wire name, and the detail (days late, problems, not yet due).</summary>
    /// <param name="unit">A unit's filing.</param>
    internal static string StatusLabel(UnitFiling unit)
    {
        Preconditions.CheckNotNull(unit);
        var detail = new List<string>();
        if (unit.DaysLate > 0)
        {
            detail.Add($"逾期{unit.DaysLate}天");
        }

        if (unit.Status == FilingStatus.Refused)
        {
            detail.Add($"{unit.Errors}处问题");
        }
        else if (unit.Errors > 0)
        {
            detail.Add($"{unit.Errors}个错误");
        }

        if (unit.IsNotYetDue)
        {
            detail.Add("尚未到期");
        }

        if (unit.Status == FilingStatus.Unexpected)
        {
            detail.Add("未计入合计");
        }

        return $"{unit.Status.ToChinese()} {unit.Status.ToWireName()}{(detail.Count > 0 ? $"（{string.Join("，", detail)}）" : string.Empty)}";
    }

    private static UnitFiling[] FromRollUp(IRollUpResult rollUp)
    {
        var unexpected = rollUp.Unexpected.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        return rollUp.Used
            .Select(r => new UnitFiling { Unit = r.Unit, Status = unexpected.Contains(r.Unit.Code) ? FilingStatus.Unexpected : FilingStatus.Filed, Submission = Submission.Of(r) })
            .Concat(rollUp.Missing.Select(code => new UnitFiling { Unit = new OrganisationUnit(code, code), Status = FilingStatus.Missing }))
            .OrderBy(u => u.Unit.Code, StringComparer.Ordinal)
            .ToArray();
    }

    private static void WriteRollUpSheet(XLWorkbook workbook, IRollUpResult rollUp, UnitFiling[] units)
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
        foreach (var unit in units)
        {
            FormSheetWriter.SetText(ws.Cell(row, 1), unit.Unit.Code);
            FormSheetWriter.SetText(ws.Cell(row, 2), unit.Unit.Name);
            FormSheetWriter.SetText(ws.Cell(row, StatusColumn), StatusLabel(unit));
            if (unit.Submission?.Report is { } unitReport)
            {
                ws.Cell(row, 4).SetValue(unitReport.Revision);
                if (unit.IsCombined)
                {
                    WriteValues(ws, row, unitReport);
                }
            }

            var fill = unit.Status switch
            {
                FilingStatus.Missing when !unit.IsNotYetDue => s_missingFill,
                FilingStatus.Refused => s_missingFill,
                FilingStatus.Late or FilingStatus.FiledWithErrors or FilingStatus.Unexpected => s_warnFill,
                _ => null,
            };
            if (fill is not null)
            {
                ws.Range(row, 1, row, lastCol).Style.Fill.BackgroundColor = fill;
            }

            row++;
        }

        var tally = FilingTally.Of(units);
        FormSheetWriter.SetText(ws.Cell(row, 1), "合计");
        FormSheetWriter.SetText(ws.Cell(row, 2), report.Unit.Name);
        FormSheetWriter.SetText(ws.Cell(row, StatusColumn), $"应报{tally.Expected}个：计入合计{tally.Combined}个（已报送{tally.Filed}、逾期{tally.Late}、校验有错{tally.FiledWithErrors}），报送有误{tally.Refused}个，未报送{tally.Missing}个{(tally.NotYetDue > 0 ? $"（{tally.NotYetDue}个尚未到期）" : string.Empty)}{(tally.Unexpected > 0 ? $"；不在应报名单{tally.Unexpected}个" : string.Empty)}");
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
        ws.Column(StatusColumn).Width = 24;
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

    private static void WriteFindingsSheet(XLWorkbook workbook, IRollUpResult rollUp, UnitFiling[] units, bool fromRollUp, IEnumerable<Finding> extra)
    {
        var names = units.GroupBy(u => u.Unit.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Unit.Name, StringComparer.Ordinal);
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
        foreach (var unit in units)
        {
            var (code, name) = (unit.Unit.Code, unit.Unit.Name);
            switch (unit.Status)
            {
                case FilingStatus.Missing:
                    WriteRow(ws, row++, unit.IsNotYetDue
                        ? [code, name, "filing", "not-yet-due", "info", string.Empty, string.Empty, string.Empty, "本月报表尚未到期，尚未报送。", "The month's form is not yet due and has not been filed."]
                        : [code, name, "filing", "not-reported", "error", string.Empty, string.Empty, string.Empty, "本月未报送报表。", "No report was filed for the month."]);
                    break;
                case FilingStatus.Unexpected:
                    WriteRow(ws, row++, [code, name, "filing", "unexpected", "warning", string.Empty, string.Empty, unit.Submission?.Source ?? string.Empty, "该单位不在应报名单中，其数据未计入合计。", "The unit is not in the list of units expected to file; its figures are not in the total."]);
                    break;
            }

            if (unit.IsLate)
            {
                var basis = unit.DateBasis == FilingDateBasis.Received ? ("按收到日期", "by the date received") : ("按报表填报日期", "by the date on the form");
                WriteRow(ws, row++, [code, name, "filing", "late", "warning", string.Empty, string.Empty, unit.Submission?.Source ?? string.Empty, $"逾期{unit.DaysLate}天报送（{basis.Item1}）。", $"Filed {unit.DaysLate} day(s) late ({basis.Item2})."]);
            }

            if (unit.Submission is { Succeeded: false } refused)
            {
                WriteProblems(ws, ref row, code, name, refused);
            }

            foreach (var aside in unit.SetAside)
            {
                if (aside.Report is { } replaced)
                {
                    WriteRow(ws, row++, [code, name, "roll-up", "superseded", "info", string.Empty, string.Empty, aside.Source, $"第 {replaced.Revision} 版已被第 {unit.Submission?.Report?.Revision} 版替代。", $"Revision {replaced.Revision} was replaced by revision {unit.Submission?.Report?.Revision}."]);
                }
                else
                {
                    WriteRow(ws, row++, [code, name, "input", "set-aside", "info", string.Empty, string.Empty, aside.Source, $"另一份报表无法读取（{aside.Problems.Count}处问题），未采用。", $"Another form could not be read ({aside.Problems.Count} problem(s)) and was not used."]);
                }
            }

            foreach (var f in unit.Validation?.Findings.Where(f => !f.IsNotChecked) ?? [])
            {
                WriteRow(ws, row++, [
                    code, name, "validation", f.RuleCode,
                    f.Severity == FindingSeverity.Error ? "error" : "warning",
                    f.Row is null ? string.Empty : f.Row == ReportRow.New ? "新增" : "合计",
                    string.Join(", ", f.Indicators), f.Location ?? string.Empty, f.Message, f.EnglishMessage]);
            }
        }

        if (fromRollUp)
        {
            foreach (var s in rollUp.Superseded)
            {
                WriteRow(ws, row++, [s.Unit.Code, s.Unit.Name, "roll-up", "superseded", "info", string.Empty, string.Empty, string.Empty, $"第 {s.Revision} 版已被第 {s.ReplacedBy} 版替代。", $"Revision {s.Revision} was replaced by revision {s.ReplacedBy}."]);
            }
        }

        foreach (var f in extra)
        {
            var unit = f.UnitCode ?? string.Empty;
            WriteRow(ws, row++, [
                unit, names.GetValueOrDefault(unit, string.Empty),
                f.Clause is null ? f.Kind.ToWireName() : $"{f.Kind.ToWireName()} {f.Clause}",
                f.Code, f.Status ?? f.Severity.ToWireName(), string.Empty, string.Join(", ", f.Indicators),
                f.Location ?? string.Empty, f.Message.Chinese, f.Message.English]);
        }

        ws.Range(1, 1, Math.Max(1, row - 1), headers.Length).Style.Alignment.WrapText = true;
        ws.SheetView.FreezeRows(1);
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
    }

    private static void WriteProblems(IXLWorksheet ws, ref int row, string code, string name, Submission refused)
    {
        foreach (var p in refused.Problems)
        {
            WriteRow(ws, row++, [code, name, "input", p.Code, "error", string.Empty, p.IndicatorCode ?? string.Empty, p.Location ?? refused.Source, p.Message, p.EnglishMessage]);
        }
    }

    private static void WriteRow(IXLWorksheet ws, int row, string[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            FormSheetWriter.SetText(ws.Cell(row, c + 1), values[c]);
        }
    }
}
