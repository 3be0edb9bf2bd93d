using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Layout;

namespace HuXiao.Excel.Writing;

/// <summary>
/// Records the schema, unit, period and revision in the workbook's custom document properties, and the title,
/// subject and author in its core properties. <see cref="Custom"/> and <see cref="Subject"/> are the one account of
/// them, for the ClosedXML build and the stamp alike.
/// </summary>
internal static class WorkbookPropertiesWriter
{
    /// <summary>The author recorded in every workbook HuXiao writes.</summary>
    internal const string Author = "HuXiao";

    internal static void Write(XLWorkbook workbook, FormContent content)
    {
        workbook.Properties.Title = content.Schema.Title;
        workbook.Properties.Subject = Subject(content);
        workbook.Properties.Author = Author;
        foreach (var (name, value) in Custom(content))
        {
            workbook.CustomProperties.Add(name, value);
        }
    }

    /// <summary>The subject: the unit's name and the form's title, or the title alone.</summary>
    internal static string Subject(FormContent content)
        => content.Unit is null ? content.Schema.Title : $"{content.Unit.Name} {content.Schema.Title}";

    /// <summary>The custom properties, in the order they are written.</summary>
    internal static IEnumerable<(string Name, string Value)> Custom(FormContent content)
    {
        yield return (WorkbookProperties.SchemaId, content.Schema.Id);
        yield return (WorkbookProperties.SchemaVersion, content.Schema.Version.ToString(CultureInfo.InvariantCulture));
        yield return (WorkbookProperties.Kind, content.IsTemplate ? "template" : "report");
        if (content.Unit is not null)
        {
            // Prefixed so that no program (ClosedXML, LibreOffice) takes a code such as 0371 or a name such as 9. for a number.
            yield return (WorkbookProperties.UnitCode, WorkbookProperties.CodePrefix + content.Unit.Code);
            yield return (WorkbookProperties.UnitName, WorkbookProperties.NamePrefix + content.Unit.Name);
        }

        if (content.Period is { } period)
        {
            yield return (WorkbookProperties.Period, period.ToString("uuuu-MM", CultureInfo.InvariantCulture));
        }

        yield return (WorkbookProperties.Revision, (content.Report?.Revision ?? 1).ToString(CultureInfo.InvariantCulture));
    }
}
