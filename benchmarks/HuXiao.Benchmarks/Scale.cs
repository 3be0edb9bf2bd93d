namespace HuXiao.Benchmarks;

/// <summary>
/// The run's scale: the national leaf count (500,000 by default). <c>--scale N</c> on the command line or the
/// <c>HUXIAO_BENCH_SCALE</c> environment variable reduce it; every scenario shrinks in proportion (a province is a
/// tenth of the nation, the 合计 chain covers that many units, JSON a fiftieth), a city stays 16 units.
/// </summary>
public static class Scale
{
    public const int FullNational = 500_000;
    public const string EnvironmentVariable = "HUXIAO_BENCH_SCALE";

    public static int National { get; set; } =
        int.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), out var n) && n > 0 ? n : FullNational;

    public static double Factor => National / (double)FullNational;

    public static int Province => Math.Max(16, (int)(50_000 * Factor));

    public static int ChainUnits => Math.Max(16, (int)(50_000 * Factor));

    public static int JsonReports => Math.Max(100, (int)(10_000 * Factor));

    public static IEnumerable<int> NationalParams => [National];
}
