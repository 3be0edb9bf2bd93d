using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Benchmarks.Data;

/// <summary>excel-form and excel-rollup-200: one campus form, and a roll-up of 200 units, from the city dataset's values.</summary>
public sealed class ExcelData
{
    private readonly ExcelFormWriter _writer = new();
    private readonly ExcelFormReader _reader = new();
    private readonly RollUpWorkbookWriter _rollUpWriter = new();

    public ExcelData(Dataset data, int units = 200)
    {
        var reports = data.Current.ToReports().ToArray();
        Form = reports[0];
        var children = Enumerable.Range(0, units)
            .Select(i => reports[i % reports.Length].ToBuilder().WithUnit(new OrganisationUnit($"U{i:000}", $"单位{i:000}")).Build())
            .ToArray();
        RollUp = ReportRollUp.Combine(Dataset.Schema, new OrganisationUnit("000000", "全国"), Dataset.Period, children, children.Select(c => c.Unit.Code));
        FormBytes = _writer.Write(Form);
    }

    public MonthlyReport Form { get; }

    public RollUpResult RollUp { get; }

    public byte[] FormBytes { get; }

    /// <summary>Writes the form and reads it back; returns the A01 合计 read.</summary>
    public long WriteAndReadForm() => _reader.Read(_writer.Write(Form)).GetValueOrThrow().Total("A01") ?? 0;

    /// <summary>Writes the 200-unit roll-up workbook; returns its size.</summary>
    public long WriteRollUp()
    {
        using var stream = new MemoryStream();
        _rollUpWriter.Write(RollUp, stream);
        return stream.Length;
    }
}
