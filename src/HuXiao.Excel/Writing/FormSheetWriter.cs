using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Layout;
using HuXiao.Reporting;

namespace HuXiao.Excel.Writing;

/// <summary>
/// Lays the form out on one sheet as the source prints it: title, 填表单位 line, the tables stacked (two header
/// rows, units row, 新增 and 合计), the note beside the last table, and the footer. Values, never formulas. Added to
/// the source: the 统计月份 line (the source prints no month); the blank date is <c>____年__月__日</c>, not the source's
/// <c>2017年 月 日</c>, since the form serves months filed in 2018 too; units come from the schema, one under each
/// label, where the source's units row is out of line (see <see cref="ReportSchema.Zhengzhou2017"/>).
/// </summary>
internal static class FormSheetWriter
{
    internal const string FontName = "宋体";
    private const double LabelColumnWidth = 7;
    private const double IndicatorColumnWidth = 8.3;
    private const int CharsPerLine = 4;

    // Numbers past this are written as text so that no digit is lost (a spreadsheet holds 15 significant digits).
    private const long ExactNumberLimit = 999_999_999_999_999;

    internal static IXLWorksheet Write(XLWorkbook workbook, FormContent content, string sheetName)
    {
        var schema = content.Schema;
        var layout = FormLayout.For(schema);
        var ws = workbook.AddWorksheet(sheetName);
        ws.Style.Font.FontName = FontName;
        ws.Style.Font.FontSize = 10;
        var lastCol = layout.LastColumn;

        ws.Column(FormLayout.LabelColumn).Width = LabelColumnWidth;
        for (var c = FormLayout.FirstIndicatorColumn; c <= lastCol; c++)
        {
            ws.Column(c).Width = IndicatorColumnWidth;
        }

        // Title.
        var title = ws.Range(1, 1, 1, lastCol).Merge();
        SetText(title.FirstCell(), schema.Title);
        title.Style.Font.FontSize = 18;
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        title.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        ws.Row(1).Height = 32;

        // 填表单位 and 统计月份.
        var unitLine = ws.Range(2, 1, 2, Math.Max(2, lastCol / 2)).Merge();
        SetText(unitLine.FirstCell(), FormLayout.UnitLinePrefix + (content.Unit?.Name ?? string.Empty));
        unitLine.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        var periodLine = ws.Range(2, lastCol - 4, 2, lastCol).Merge();
        SetText(periodLine.FirstCell(), FormLayout.PeriodLinePrefix + (content.Period is { } p ? p.Year.ToString(CultureInfo.InvariantCulture) + "年" + p.Month.ToString(CultureInfo.InvariantCulture) + "月" : "____年__月"));
        periodLine.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        ws.Row(2).Height = 20;

        var row = 4;
        var lastTable = layout.Tables[^1];
        foreach (var table in layout.Tables)
        {
            row = WriteTable(ws, schema, content, table, row, table == lastTable ? lastCol : 0);
            row += 2;
        }

        WriteFooter(ws, content, row, lastCol);

        // Print: A4 landscape, one page wide, label column frozen.
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.CenterHorizontally = true;
        ws.PageSetup.Margins.Left = 0.4;
        ws.PageSetup.Margins.Right = 0.4;
        ws.PageSetup.Margins.Top = 0.5;
        ws.PageSetup.Margins.Bottom = 0.5;
        ws.PageSetup.PrintAreas.Add(1, 1, row + 1, lastCol);
        ws.SheetView.FreezeColumns(1);

        ws.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns, true)
            .AllowElement(XLSheetProtectionElements.FormatRows, true)
            .AllowElement(XLSheetProtectionElements.SelectLockedCells, true)
            .AllowElement(XLSheetProtectionElements.SelectUnlockedCells, true);
        return ws;
    }

    private static int WriteTable(IXLWorksheet ws, ReportSchema schema, FormContent content, FormLayout.TableLayout table, int top, int noteToColumn)
    {
        var indicators = table.Table.Indicators;
        int first = FormLayout.FirstIndicatorColumn, last = first + indicators.Count - 1;
        int h1 = top, h2 = top + 1, units = top + 2, newRow = top + 3, totalRow = top + 4;

        ws.Range(h1, FormLayout.LabelColumn, h2, FormLayout.LabelColumn).Merge();
        foreach (var group in table.Groups)
        {
            if (group.Text is null)
            {
                continue;
            }

            var range = ws.Range(h1, first + group.First, h1, first + group.Last);
            if (group.First != group.Last)
            {
                range.Merge();
            }

            SetText(range.FirstCell(), group.Text);
        }

        var longest = 1;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var col = first + i;
            if (table.SpansBoth[i])
            {
                ws.Range(h1, col, h2, col).Merge();
                SetText(ws.Cell(h1, col), indicator.Label);
            }
            else if (!(indicator.Group is not null && indicator.Group == indicator.Label && IsFirstOfGroup(table, i)))
            {
                // The group's own total (A01 全部校园数) prints no sub-label: its group heading is its label.
                SetText(ws.Cell(h2, col), indicator.Label);
                longest = Math.Max(longest, indicator.Label.Length);
            }

            SetText(ws.Cell(units, col), "(" + indicator.Unit.Symbol + ")");
            WriteValue(ws.Cell(newRow, col), content.Report?[indicator, ReportRow.New]);
            WriteValue(ws.Cell(totalRow, col), content.Report?[indicator, ReportRow.Total]);
            AddValidation(ws.Cell(newRow, col), indicator.Kind == IndicatorKind.Stock);
            AddValidation(ws.Cell(totalRow, col), allowNegative: false);
        }

        SetText(ws.Cell(newRow, FormLayout.LabelColumn), FormLayout.NewRowLabel);
        SetText(ws.Cell(totalRow, FormLayout.LabelColumn), FormLayout.TotalRowLabel);

        var whole = ws.Range(h1, FormLayout.LabelColumn, totalRow, last);
        whole.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        whole.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        whole.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        whole.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        whole.Style.Alignment.WrapText = true;
        ws.Range(h1, FormLayout.LabelColumn, units, last).Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);

        var inputs = ws.Range(newRow, first, totalRow, last);
        inputs.Style.Protection.Locked = false;
        inputs.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        inputs.Style.NumberFormat.Format = "0";

        ws.Row(h1).Height = 27;
        ws.Row(h2).Height = (((longest + CharsPerLine - 1) / CharsPerLine) * 12.5) + 4;
        ws.Row(units).Height = 15;
        ws.Row(newRow).Height = 20;
        ws.Row(totalRow).Height = 20;

        if (noteToColumn > last + 1)
        {
            // The note the source prints beside the last table.
            var note = ws.Range(h1, last + 2, totalRow, noteToColumn).Merge();
            SetText(note.FirstCell(), FormLayout.CaseNote);
            note.Style.Alignment.WrapText = true;
            note.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            note.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            note.Style.Font.Bold = true;
        }

        return totalRow;
    }

    private static bool IsFirstOfGroup(FormLayout.TableLayout table, int index)
        => table.Groups.Any(g => g.First == index && g.Last > g.First);

    private static void WriteFooter(IXLWorksheet ws, FormContent content, int row, int lastCol)
    {
        var filing = content.Report?.Filing;
        var pairs = new (string Label, string? Value, int LabelCol, int ValueFrom, int ValueTo)[]
        {
            (FormLayout.ReviewerLabel, filing?.Reviewer, 1, 3, 5),
            (FormLayout.PreparerLabel, filing?.Preparer, 6, 8, 10),
            (FormLayout.PhoneLabel, filing?.Phone, 11, 13, 15),
        };
        foreach (var (label, value, labelCol, from, to) in pairs)
        {
            var labelRange = ws.Range(row, labelCol, row, from - 1).Merge();
            SetText(labelRange.FirstCell(), label);
            labelRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            var valueRange = ws.Range(row, from, row, to).Merge();
            SetText(valueRange.FirstCell(), value ?? string.Empty);
            valueRange.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            valueRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            valueRange.Style.Protection.Locked = false;
        }

        var date = ws.Range(row, lastCol - 3, row, lastCol).Merge();
        var filedOn = filing?.FiledOn;
        SetText(date.FirstCell(), filedOn is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日")
            : FormLayout.BlankDate);
        date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        date.Style.Protection.Locked = false;
        ws.Row(row).Height = 22;
    }

    private static void WriteValue(IXLCell cell, long? value)
    {
        if (value is not { } v)
        {
            return;
        }

        if (v is >= -ExactNumberLimit and <= ExactNumberLimit)
        {
            cell.SetValue(v);
        }
        else
        {
            SetText(cell, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AddValidation(IXLCell cell, bool allowNegative)
    {
        var validation = cell.AsRange().SetDataValidation();
        if (allowNegative)
        {
            validation.WholeNumber.Between("-999999999999999", "999999999999999");
            validation.ErrorMessage = "请填整数（存量的新增可为负数）。Enter a whole number (a stock's 新增 may be negative).";
        }
        else
        {
            validation.WholeNumber.Between("0", "999999999999999");
            validation.ErrorMessage = "请填不小于 0 的整数。Enter a whole number, 0 or more.";
        }

        validation.ErrorTitle = "整数 Whole number";
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
    }

    internal static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}
