using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Peers;

namespace HuXiao.Benchmarks;

/// <summary>chain-province: 合计 built from 新增 over a campaign's 10 months for 50,000 units.</summary>
[MemoryDiagnoser]
public class ChainBenchmarks
{
    private ChainData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = ChainData.Create(Scale.ChainUnits);

    [Benchmark(Baseline = true, Description = "HuXiao ReportSeries.BuildTotals")]
    public int HuXiao() => _data.BuildTotals();

    [Benchmark(Description = "naive LINQ dictionaries")]
    public int NaiveLinqChain() => NaiveLinq.BuildTotals(_data.Naive).Count;
}
