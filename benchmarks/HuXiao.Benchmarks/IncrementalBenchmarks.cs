using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Data;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Benchmarks;

/// <summary>incremental-national: one leaf's report changes and the national totals follow, against a full roll-up.</summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private Dataset _data = null!;
    private IncrementalData _incremental = null!;
    private int _next;

    [ParamsSource(typeof(Scale), nameof(Scale.NationalParams))]
    public int Leaves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Dataset.National(Leaves);
        _incremental = new IncrementalData(_data);
    }

    [Benchmark(Baseline = true, Description = "HuXiao IncrementalRollUp.Update (one leaf)")]
    public void HuXiao()
    {
        _incremental.View.Update(_incremental.Updates[_next]);
        _next = (_next + 1) % _incremental.Updates.Length;
    }

    [Benchmark(Description = "HuXiao full national roll-up")]
    public HierarchyRollUp FullRollUp() => _data.Current.RollUp(_data.Hierarchy);
}
