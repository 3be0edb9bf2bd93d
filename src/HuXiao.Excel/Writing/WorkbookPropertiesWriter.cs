using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Layout;

namespace HuXiao.Excel.Writing;

/// <summary>Records the schema, unit, period and revision in the workbook's custom document properties.</summary>
internal static class WorkbookPropertiesWriter
{
    internal static void Write(XLWorkbook workbook, FormContent content)
    {
        workbook.Properties.Title = content.Schema.Title;
        workbook.Properties.Subject = content.Unit is null ? content.Schema.Title : $"{content.Unit.Name} {content.Schema.Title}";
        workbook.Properties.Author = "HuXiao";
        Add(workbook, WorkbookProperties.SchemaId, content.Schema.Id);
        Add(workbook, WorkbookProperties.SchemaVersion, content.Schema.Version.ToString(CultureInfo.InvariantCulture));
        Add(workbook, WorkbookProperties.Kind, content.IsTemplate ? "template" : "report");
        if (content.Unit is not null)
        {
            // Prefixed so that no program (ClosedXML, LibreOffice) takes a code such as 0371 or a name such as 9. for a number.
            Add(workbook, WorkbookProperties.UnitCode, WorkbookProperties.CodePrefix + content.Unit.Code);
            Add(workbook, WorkbookProperties.UnitName, WorkbookProperties.NamePrefix + content.Unit.Name);
        }

        if (content.Period is { } period)
        {
            Add(workbook, WorkbookProperties.Period, period.ToString("uuuu-MM", CultureInfo.InvariantCulture));
        }

        Add(workbook, WorkbookProperties.Revision, (content.Report?.Revision ?? 1).ToString(CultureInfo.InvariantCulture));
    }

    private static void Add(XLWorkbook workbook, string name, string value) => workbook.CustomProperties.Add(name, value);
}
