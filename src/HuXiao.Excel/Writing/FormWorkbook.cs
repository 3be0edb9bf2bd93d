using ClosedXML.Excel;
using HuXiao.Excel.Layout;

namespace HuXiao.Excel.Writing;

/// <summary>The form's two sheets and its properties, built with ClosedXML: laid out, then filled from <see cref="FormCells"/>.</summary>
internal static class FormWorkbook
{
    /// <summary>Adds the form sheet, the 具体情况 sheet and the properties to a workbook.</summary>
    /// <param name="workbook">The workbook; other sheets may come before.</param>
    /// <param name="content">What the form holds.</param>
    /// <param name="fill">Whether to write the cells that depend on the content; a form rendered for stamping leaves them empty.</param>
    internal static void Write(XLWorkbook workbook, FormContent content, bool fill = true)
    {
        var layout = FormLayout.For(content.Schema);
        var form = FormSheetWriter.Write(workbook, layout, SheetName(content.Schema));
        var cases = CaseSheetWriter.Write(workbook, content.Report?.Cases.Count ?? 0);
        if (fill)
        {
            foreach (var cell in FormCells.Of(content, layout))
            {
                FormSheetWriter.Set((cell.Sheet == VariableCell.FormSheet ? form : cases).Cell(cell.Row, cell.Column), cell);
            }
        }

        WorkbookPropertiesWriter.Write(workbook, content);
    }

    /// <summary>The form sheet's name: the schema's title without the characters a sheet name cannot hold, at most 31 characters.</summary>
    internal static string SheetName(Reporting.ReportSchema schema)
    {
        var name = new string(schema.Title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return name.Length == 0 ? "Form" : name.Length > 31 ? name[..31] : name;
    }
}
