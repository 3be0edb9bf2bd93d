using ClosedXML.Excel;
using HuXiao.Excel.Layout;

namespace HuXiao.Excel.Writing;

/// <summary>
/// The second sheet, 具体情况: one row per case behind the counts the form's note names (indicator, date,
/// place, summary). No column for a person's name, ID number or address. The rows' text is the form's
/// (<see cref="FormCells"/>); what is laid out here depends only on how many rows there are.
/// </summary>
internal static class CaseSheetWriter
{
    internal const int HeaderRow = 3;
    internal static readonly string[] Headers = ["指标代码", "指标", "日期", "地点", "简要情况"];
    private static readonly double[] s_widths = [10, 30, 14, 28, 60];

    /// <summary>Rows laid out and unlocked for typing; more cases than this make the table longer.</summary>
    internal const int BlankRows = 200;

    internal static IXLWorksheet Write(XLWorkbook workbook, int caseCount)
    {
        var ws = workbook.AddWorksheet(FormLayout.CaseSheetName);
        ws.Style.Font.FontName = FormSheetWriter.FontName;
        ws.Style.Font.FontSize = 10;
        for (var c = 0; c < s_widths.Length; c++)
        {
            ws.Column(c + 1).Width = s_widths[c];
        }

        var title = ws.Range(1, 1, 1, Headers.Length).Merge();
        FormSheetWriter.SetText(title.FirstCell(), "具体情况（" + FormLayout.CaseNote.TrimEnd('。') + "）");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        var note = ws.Range(2, 1, 2, Headers.Length).Merge();
        FormSheetWriter.SetText(note.FirstCell(), "每起一行：日期写作 2017-05-03。只写案事件本身，不填写当事人姓名、身份证号码、住址。");

        for (var c = 0; c < Headers.Length; c++)
        {
            FormSheetWriter.SetText(ws.Cell(HeaderRow, c + 1), Headers[c]);
        }

        var header = ws.Range(HeaderRow, 1, HeaderRow, Headers.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);

        var lastRow = HeaderRow + Math.Max(caseCount, BlankRows);
        var table = ws.Range(HeaderRow, 1, lastRow, Headers.Length);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var inputs = ws.Range(HeaderRow + 1, 1, lastRow, Headers.Length);
        inputs.Style.Protection.Locked = false;
        inputs.Style.NumberFormat.Format = "@";

        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.SheetView.FreezeRows(HeaderRow);
        ws.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns, true)
            .AllowElement(XLSheetProtectionElements.FormatRows, true)
            .AllowElement(XLSheetProtectionElements.InsertRows, true)
            .AllowElement(XLSheetProtectionElements.DeleteRows, true)
            .AllowElement(XLSheetProtectionElements.SelectLockedCells, true)
            .AllowElement(XLSheetProtectionElements.SelectUnlockedCells, true);
        return ws;
    }
}
