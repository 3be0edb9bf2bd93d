using HuXiao.Excel;
using HuXiao.Excel.Writing;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Benchmarks.Data;

/// <summary>
/// excel-templates-2850: a month's blank forms for the county-level units of a large province (2,850 at full scale),
/// written by an <see cref="ExcelTemplateBatch"/> (the form rendered once, each unit stamped into it), against building
/// each form from scratch with ClosedXML, as the writer did for every form before (closedxml-per-form).
/// </summary>
public sealed class ExcelTemplateData
{
    public static readonly YearMonth Period = new(2017, 11);

    public ExcelTemplateData(int units)
        => Units = Enumerable.Range(0, units).Select(i => new OrganisationUnit($"{410102 + i:000000}", $"第{i + 1}县公安局")).ToArray();

    public OrganisationUnit[] Units { get; }

    /// <summary>Every unit's template from a fresh writer, the form's rendering included; returns the bytes written.</summary>
    public long StampAll()
    {
        var batch = new ExcelFormWriter().CreateTemplateBatch(Period);
        long bytes = 0;
        foreach (var unit in Units)
        {
            bytes += batch.Write(unit).Length;
        }

        return bytes;
    }

    /// <summary>The first <paramref name="count"/> units' templates, each built and saved by ClosedXML; returns the bytes written.</summary>
    public long BuildEach(int count)
    {
        long bytes = 0;
        foreach (var unit in Units.Take(count))
        {
            using var workbook = ExcelFormWriter.Build(new FormContent(Dataset.Schema, unit, Period, null));
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            bytes += buffer.Length;
        }

        return bytes;
    }
}
