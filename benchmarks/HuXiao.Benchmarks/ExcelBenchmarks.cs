using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Data;

namespace HuXiao.Benchmarks;

/// <summary>
/// excel-form (write and read one form), excel-rollup-200 (write a 200-unit roll-up workbook), and templates: a
/// hundred units' stamped by a batch, one built with ClosedXML.
/// </summary>
[MemoryDiagnoser]
public class ExcelBenchmarks
{
    private ExcelData _data = null!;
    private ExcelTemplateData _templates = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = new ExcelData(Dataset.City());
        _templates = new ExcelTemplateData(100);
    }

    [Benchmark(Baseline = true, Description = "form: write and read")]
    public long Form() => _data.WriteAndReadForm();

    [Benchmark(Description = "roll-up workbook, 200 units: write")]
    public long RollUp200() => _data.WriteRollUp();

    [Benchmark(Description = "templates, 100 units: rendered once, stamped")]
    public long Templates100() => _templates.StampAll();

    [Benchmark(Description = "template, one unit: built with ClosedXML")]
    public long TemplateBuilt() => _templates.BuildEach(1);
}
