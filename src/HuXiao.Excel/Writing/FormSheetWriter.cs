using ClosedXML.Excel;
using HuXiao.Excel.Layout;
using HuXiao.Reporting;

namespace HuXiao.Excel.Writing;

/// <summary>
/// Lays the form out on one sheet as the source prints it: title, 填表单位 line, the tables stacked (two header
/// rows, units row, 新增 and 合计), the note beside the last table, and the footer. Values, never formulas. Added to
/// the source: the 统计月份 line (the source prints no month); the blank date is <c>____年__月__日</c>, not the source's
/// <c>2017年 月 日</c>, since the form serves months filed in 2018 too; units come from the schema, one under each
/// label, where the source's units row is out of line (see <see cref="ReportSchema.Zhengzhou2017"/>). The cells that
/// depend on the unit, the month or the report are left to <see cref="FormCells"/>: what is laid out here is the same
/// for every form of a schema with as many case rows.
/// </summary>
internal static class FormSheetWriter
{
    internal const string FontName = "宋体";
    private const double LabelColumnWidth = 7;
    private const double IndicatorColumnWidth = 8.3;
    private const int CharsPerLine = 4;

    internal static IXLWorksheet Write(XLWorkbook workbook, FormLayout layout, string sheetName)
    {
        var schema = layout.Schema;
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
        var title = ws.Range(FormLayout.TitleRow, 1, FormLayout.TitleRow, lastCol).Merge();
        SetText(title.FirstCell(), schema.Title);
        title.Style.Font.FontSize = 18;
        title.Style.Font.Bold = true;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        title.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        ws.Row(FormLayout.TitleRow).Height = 32;

        // 填表单位 and 统计月份 (their text is the form's: FormCells).
        var unitLine = ws.Range(FormLayout.HeaderLineRow, 1, FormLayout.HeaderLineRow, layout.UnitLineLastColumn).Merge();
        unitLine.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        var periodLine = ws.Range(FormLayout.HeaderLineRow, layout.PeriodLineFirstColumn, FormLayout.HeaderLineRow, lastCol).Merge();
        periodLine.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        ws.Row(FormLayout.HeaderLineRow).Height = 20;

        var lastTable = layout.Tables[^1];
        foreach (var table in layout.Tables)
        {
            WriteTable(ws, schema, table, table == lastTable ? lastCol : 0);
        }

        WriteFooter(ws, layout);

        // Print: A4 landscape, one page wide, label column frozen.
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.CenterHorizontally = true;
        ws.PageSetup.Margins.Left = 0.4;
        ws.PageSetup.Margins.Right = 0.4;
        ws.PageSetup.Margins.Top = 0.5;
        ws.PageSetup.Margins.Bottom = 0.5;
        ws.PageSetup.PrintAreas.Add(1, 1, layout.FooterRow + 1, lastCol);
        ws.SheetView.FreezeColumns(1);

        ws.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns, true)
            .AllowElement(XLSheetProtectionElements.FormatRows, true)
            .AllowElement(XLSheetProtectionElements.SelectLockedCells, true)
            .AllowElement(XLSheetProtectionElements.SelectUnlockedCells, true);
        return ws;
    }

    private static void WriteTable(IXLWorksheet ws, ReportSchema schema, FormLayout.TableLayout table, int noteToColumn)
    {
        var indicators = table.Table.Indicators;
        int first = FormLayout.FirstIndicatorColumn, last = first + indicators.Count - 1;
        int h1 = table.Top, h2 = table.Top + 1, units = table.UnitsRow, newRow = table.NewRow, totalRow = table.TotalRow;

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
    }

    private static bool IsFirstOfGroup(FormLayout.TableLayout table, int index)
        => table.Groups.Any(g => g.First == index && g.Last > g.First);

    private static void WriteFooter(IXLWorksheet ws, FormLayout layout)
    {
        var row = layout.FooterRow;
        foreach (var field in layout.Footer)
        {
            var labelRange = ws.Range(row, field.LabelColumn, row, field.ValueFrom - 1).Merge();
            SetText(labelRange.FirstCell(), field.Label);
            labelRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            var valueRange = ws.Range(row, field.ValueFrom, row, field.ValueTo).Merge();
            valueRange.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            valueRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            valueRange.Style.Protection.Locked = false;
        }

        var date = ws.Range(row, layout.DateFirstColumn, row, layout.LastColumn).Merge();
        date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        date.Style.Protection.Locked = false;
        ws.Row(row).Height = 22;
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

    /// <summary>Writes a variable cell: text as text, a number as a number.</summary>
    internal static void Set(IXLCell cell, VariableCell value)
    {
        if (value.IsNumber)
        {
            cell.SetValue(value.Number);
        }
        else
        {
            SetText(cell, value.Text!);
        }
    }
}
