using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Data;
using HuXiao.Benchmarks.Peers;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Benchmarks;

/// <summary>validate-national: every rule over 500,000 reports (with last month's, so the 合计 chain is checked).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Dataset _data = null!;
    private RuleSet _rules = null!;
    private List<NaiveReport> _naive = null!;
    private List<NaiveReport> _naivePrevious = null!;

    [ParamsSource(typeof(Scale), nameof(Scale.NationalParams))]
    public int Leaves { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Dataset.National(Leaves);
        _rules = RuleSet.For(Dataset.Schema);
        _naive = NaiveLinq.Load(_data);
        _naivePrevious = NaiveLinq.Load(_data, previous: true);
    }

    [Benchmark(Baseline = true, Description = "HuXiao RuleSet.ValidateBatch")]
    public BatchValidationResult HuXiao() => _rules.ValidateBatch(_data.Current, _data.Previous);

    [Benchmark(Description = "HuXiao RuleSet.ValidateBatch, 1 thread")]
    public BatchValidationResult HuXiaoOneThread() => _rules.ValidateBatch(_data.Current, _data.Previous, maxDegreeOfParallelism: 1);

    [Benchmark(Description = "naive LINQ rules")]
    public List<string> NaiveLinqRules() => NaiveLinq.Validate(_naive, _naivePrevious);
}
