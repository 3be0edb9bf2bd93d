using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Data;

namespace HuXiao.Benchmarks;

/// <summary>json-10k: write and read 10,000 reports in the JSON interchange format.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private JsonData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = new JsonData(Dataset.Province(Scale.JsonReports), Scale.JsonReports);

    [Benchmark(Baseline = true, Description = "write and read")]
    public int WriteAndRead()
    {
        _data.Write();
        return _data.Read();
    }

    [Benchmark(Description = "write")]
    public long Write() => _data.Write();

    [Benchmark(Description = "read")]
    public int Read() => _data.Read();
}
