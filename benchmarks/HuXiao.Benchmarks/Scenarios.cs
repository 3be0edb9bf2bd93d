using System.Diagnostics;
using HuXiao.Benchmarks.Data;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Json;

namespace HuXiao.Benchmarks;

/// <summary>Data for the 合计 chain: each unit's 10 months of 新增, as MonthlyReports and as dictionaries.</summary>
public sealed class ChainData
{
    public const int Months = 10;

    private ChainData(List<MonthlyReport[]> series, List<List<Dictionary<string, long>>> naive, double bytesPerReport)
    {
        Series = series;
        Naive = naive;
        BytesPerReport = bytesPerReport;
    }

    public List<MonthlyReport[]> Series { get; }

    public List<List<Dictionary<string, long>>> Naive { get; }

    /// <summary>Bytes allocated per built MonthlyReport (its object, value array and filled bits).</summary>
    public double BytesPerReport { get; }

    public OpeningBalance Opening { get; } = OpeningBalance.Zero(Dataset.Schema);

    public static ChainData Create(int units, bool withNaive = true)
    {
        var schema = Dataset.Schema;
        var n = schema.Count;
        var rng = new XorShift(42);
        var series = new List<MonthlyReport[]>(units);
        var naive = new List<List<Dictionary<string, long>>>(withNaive ? units : 0);
        long buildBytes = 0;
        for (var u = 0; u < units; u++)
        {
            var unit = new OrganisationUnit($"S{u:D7}", "校园");
            var months = new MonthlyReport[Months];
            var dicts = new List<Dictionary<string, long>>(Months);
            for (var m = 0; m < Months; m++)
            {
                var builder = MonthlyReport.CreateBuilder(schema, unit, Dataset.Period.PlusMonths(m - Months + 1));
                var dict = new Dictionary<string, long>();
                for (var i = 0; i < n; i++)
                {
                    long value = schema[i].Kind == IndicatorKind.Flow ? rng.Next(5) : (rng.Next(10) == 0 ? 1 : 0);
                    builder.Set(i, ReportRow.New, value);
                    dict[NaiveKeys[i]] = value;
                }

                var before = GC.GetAllocatedBytesForCurrentThread();
                months[m] = builder.Build();
                buildBytes += GC.GetAllocatedBytesForCurrentThread() - before;
                if (withNaive)
                {
                    dicts.Add(dict);
                }
            }

            series.Add(months);
            if (withNaive)
            {
                naive.Add(dicts);
            }
        }

        return new ChainData(series, naive, buildBytes / (double)(units * Months));
    }

    private static readonly string[] NaiveKeys = Peers.NaiveLinq.Keys;

    public int BuildTotals()
    {
        var count = 0;
        foreach (var months in Series)
        {
            count += ReportSeries.BuildTotals(Opening, months).Count;
        }

        return count;
    }
}

/// <summary>Incremental update: a national view and prepared changed reports for random leaves.</summary>
public sealed class IncrementalData
{
    public const int Changes = 2_000;

    public IncrementalData(Dataset data)
    {
        View = IncrementalRollUp.Create(data.Current, data.Hierarchy);
        var rng = new XorShift(7);
        Updates = new MonthlyReport[Changes];
        for (var k = 0; k < Changes; k++)
        {
            var leaf = rng.Next(data.LeafCount);
            var report = data.Current.ToReport(leaf).ToBuilder();
            report.SetNew("B07", 1 + rng.Next(3)).SetTotal("B07", 100 + rng.Next(3));
            Updates[k] = report.Build();
        }
    }

    public IncrementalRollUp View { get; }

    public MonthlyReport[] Updates { get; }

    public void ApplyAll()
    {
        foreach (var report in Updates)
        {
            View.Update(report);
        }
    }
}

/// <summary>JSON: a set of reports written and read back with the interchange serializer.</summary>
public sealed class JsonData
{
    public JsonData(Dataset data, int count)
    {
        Reports = Enumerable.Range(0, Math.Min(count, data.LeafCount)).Select(data.Current.ToReport).ToArray();
        Documents = Reports.Select(Serializer.SerializeToUtf8Bytes).ToArray();
    }

    public ReportJsonSerializer Serializer { get; } = new([Dataset.Schema], indented: false);

    public MonthlyReport[] Reports { get; }

    public byte[][] Documents { get; }

    public long Write()
    {
        long bytes = 0;
        foreach (var report in Reports)
        {
            bytes += Serializer.SerializeToUtf8Bytes(report).Length;
        }

        return bytes;
    }

    public int Read()
    {
        var ok = 0;
        foreach (var document in Documents)
        {
            ok += Serializer.Read(document).Succeeded ? 1 : 0;
        }

        return ok;
    }
}

/// <summary>Times an action a few times and keeps the median; stops early when a slow contender uses up its budget.</summary>
public static class Timer
{
    public static double Median(Action action, int repetitions = 7, double budgetMs = 6_000, Action? afterEach = null)
    {
        var samples = new List<double>();
        var spent = 0.0;
        var clock = new Stopwatch();
        for (var k = 0; k <= repetitions; k++)
        {
            clock.Restart();
            action();
            var ms = clock.Elapsed.TotalMilliseconds;
            afterEach?.Invoke();
            spent += ms;

            // The first run warms up (JIT, caches); keep it only for contenders too slow to repeat.
            if (k > 0 || ms > 1_000)
            {
                samples.Add(ms);
            }

            if (samples.Count >= repetitions || (samples.Count > 0 && spent > budgetMs))
            {
                break;
            }
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    /// <summary>
    /// Times several contenders in turn, round after round (after one warm-up round), and keeps each one's median:
    /// a change in the machine's load during the run falls on all of them alike, so their ratios hold.
    /// </summary>
    public static double[] MediansInTurn(IReadOnlyList<Action> actions, int rounds = 9)
    {
        var samples = actions.Select(_ => new List<double>()).ToArray();
        var clock = new Stopwatch();
        for (var k = 0; k <= rounds; k++)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                clock.Restart();
                actions[i]();
                if (k > 0)
                {
                    samples[i].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        return samples.Select(s => s.Order().ElementAt(s.Count / 2)).ToArray();
    }
}
