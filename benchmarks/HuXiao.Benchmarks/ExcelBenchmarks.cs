using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Data;

namespace HuXiao.Benchmarks;

/// <summary>excel-form (write and read one form) and excel-rollup-200 (write a 200-unit roll-up workbook).</summary>
[MemoryDiagnoser]
public class ExcelBenchmarks
{
    private ExcelData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = new ExcelData(Dataset.City());

    [Benchmark(Baseline = true, Description = "form: write and read")]
    public long Form() => _data.WriteAndReadForm();

    [Benchmark(Description = "roll-up workbook, 200 units: write")]
    public long RollUp200() => _data.WriteRollUp();
}
