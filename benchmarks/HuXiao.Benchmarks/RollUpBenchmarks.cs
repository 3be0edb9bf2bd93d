using BenchmarkDotNet.Attributes;
using HuXiao.Benchmarks.Data;
using HuXiao.Benchmarks.Peers;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Benchmarks;

/// <summary>
/// Roll-ups of a city (16 units), a province (~50,000 leaves) and the nation (500,000 leaves, 4 levels), against
/// naive LINQ, SQLite, DuckDB and the roofline, on the same data. Scale with <c>HUXIAO_BENCH_SCALE</c>.
/// </summary>
[MemoryDiagnoser]
public class RollUpBenchmarks
{
    private Dataset _data = null!;
    private List<NaiveReport> _naive = null!;
    private SqlitePeer _sqlite = null!;
    private DuckDbPeer _duckdb = null!;
    private MonthlyReport[] _reports = null!;
    private long[] _values64 = null!;

    [Params("rollup-city", "rollup-province", "rollup-national")]
    public string Scenario { get; set; } = "rollup-city";

    [GlobalSetup]
    public void Setup()
    {
        _data = Scenario switch
        {
            "rollup-city" => Dataset.City(),
            "rollup-province" => Dataset.Province(Scale.Province),
            _ => Dataset.National(Scale.National),
        };
        _naive = NaiveLinq.Load(_data);
        _sqlite = new SqlitePeer(_data);
        _sqlite.Load();
        _duckdb = new DuckDbPeer(_data);
        _duckdb.Load();
        _reports = _data.Current.ToReports().ToArray();
        _values64 = _data.Values64();
        Roofline.Calibrate(_values64);
        _data.Current.RollUp(_data.Hierarchy); // maps the batch to the hierarchy once, as a loaded system would have
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite.Dispose();
        _duckdb.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HuXiao ReportBatch")]
    public HierarchyRollUp HuXiao() => _data.Current.RollUp(_data.Hierarchy);

    [Benchmark(Description = "HuXiao ReportBatch, 1 thread")]
    public HierarchyRollUp HuXiaoOneThread() => _data.Current.RollUp(_data.Hierarchy, maxDegreeOfParallelism: 1);

    [Benchmark(Description = "HuXiao MonthlyReport objects")]
    public HierarchyRollUp HuXiaoObjects() => ReportRollUp.RollUp(_data.Hierarchy, Dataset.Schema, Dataset.Period, _reports);

    [Benchmark(Description = "naive LINQ")]
    public object NaiveLinqRollUp() => NaiveLinq.RollUp(_naive, _data.LevelParents);

    [Benchmark(Description = "SQLite GROUP BY")]
    public long Sqlite()
    {
        _sqlite.RollUp();
        return _sqlite.RootTotalA01AndCleanUp();
    }

    [Benchmark(Description = "DuckDB GROUP BY")]
    public long DuckDb()
    {
        _duckdb.RollUp();
        return _duckdb.RootTotalA01AndCleanUp();
    }

    [Benchmark(Description = "roofline, 1 thread")]
    public long RooflineOneThread() => Roofline.Sum(_values64);

    [Benchmark(Description = "roofline, all cores")]
    public long RooflineAllCores() => Roofline.SumParallel(_values64);
}
