using System.Globalization;
using System.Text.Json;
using HuXiao.Benchmarks.Data;
using HuXiao.Benchmarks.Peers;
using HuXiao.Reporting.Validation;

namespace HuXiao.Benchmarks;

/// <summary>One scenario's result: HuXiao's median time, each peer's, and the bytes HuXiao stores per report.</summary>
public sealed record ScenarioResult(string Name, double HuXiaoMs, IReadOnlyDictionary<string, double> PeersMs, double BytesPerReport);

/// <summary>
/// The quick comparison: each scenario against its peers in one process, a few repetitions each, the median.
/// Progress goes to standard error; with <c>--json</c> standard output holds only the JSON document.
/// </summary>
public static class Compare
{
    public static int Run(string[] args)
    {
        var json = args.Contains("--json");
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--scale")
            {
                Scale.National = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',');
        bool Wanted(string name) => only is null || only.Contains(name);
        var results = new List<ScenarioResult>();
        var total = System.Diagnostics.Stopwatch.StartNew();
        Log($"compare: national scale {Scale.National:N0} leaves, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        if (Wanted("rollup-city"))
        {
            results.Add(RollUp("rollup-city", Dataset.City()));
        }

        if (Wanted("rollup-province"))
        {
            results.Add(RollUp("rollup-province", Dataset.Province(Scale.Province)));
        }

        if (Wanted("rollup-national") || Wanted("validate-national") || Wanted("incremental-national"))
        {
            var national = Dataset.National(Scale.National);
            Log($"national data ready at {total.Elapsed.TotalSeconds:F1} s");
            if (Wanted("rollup-national"))
            {
                results.Add(RollUp("rollup-national", national));
            }

            if (Wanted("validate-national"))
            {
                results.Add(Validate(national));
            }

            if (Wanted("incremental-national"))
            {
                results.Add(Incremental(national));
            }

            if (Wanted("json-10k"))
            {
                results.Add(Json(national));
            }
        }
        else if (Wanted("json-10k"))
        {
            results.Add(Json(Dataset.Province(Scale.JsonReports)));
        }

        Collect();
        if (Wanted("chain-province"))
        {
            results.Add(Chain());
        }

        if (Wanted("excel-form") || Wanted("excel-rollup-200"))
        {
            var excel = new ExcelData(Dataset.City());
            if (Wanted("excel-form"))
            {
                var ms = Timer.Median(() => excel.WriteAndReadForm(), repetitions: 5);
                Log($"excel-form: one form written and read, {excel.FormBytes.Length:N0} bytes of xlsx");
                results.Add(new ScenarioResult("excel-form", ms, new Dictionary<string, double>(), excel.FormBytes.Length));
            }

            if (Wanted("excel-rollup-200"))
            {
                var ms = Timer.Median(() => excel.WriteRollUp(), repetitions: 3);
                results.Add(new ScenarioResult("excel-rollup-200", ms, new Dictionary<string, double>(), excel.WriteRollUp() / 200.0));
            }
        }

        if (Wanted("excel-templates-2850"))
        {
            results.Add(ExcelTemplates());
        }

        if (Wanted("excel-read-2850"))
        {
            results.Add(ExcelRead());
        }

        Log($"compare: done in {total.Elapsed.TotalSeconds:F1} s");
        if (json)
        {
            Console.Out.WriteLine(ToJson(results));
        }
        else
        {
            foreach (var r in results)
            {
                Console.Out.WriteLine($"{r.Name,-22} huxiao {r.HuXiaoMs,10:F3} ms  {string.Join("  ", r.PeersMs.Select(p => $"{p.Key} {p.Value:F3} ms ({p.Value / r.HuXiaoMs:F1}×)"))}  {r.BytesPerReport:F0} B/report");
            }
        }

        return 0;
    }

    public static string ToJson(IEnumerable<ScenarioResult> results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("scenarios");
            foreach (var r in results)
            {
                writer.WriteStartObject();
                writer.WriteString("name", r.Name);
                writer.WriteNumber("huxiaoMs", Math.Round(r.HuXiaoMs, 4));
                writer.WriteStartObject("peersMs");
                foreach (var (peer, ms) in r.PeersMs)
                {
                    writer.WriteNumber(peer, Math.Round(ms, 4));
                }

                writer.WriteEndObject();
                writer.WriteNumber("bytesPerReport", Math.Round(r.BytesPerReport, 1));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static ScenarioResult RollUp(string name, Dataset data)
    {
        Log($"{name}: {data.LeafCount:N0} leaves, levels [{string.Join(", ", data.LevelCounts)}]");
        var expected = data.Current.RollUp(data.Hierarchy).Root.GetValue(0, Reporting.ReportRow.Total);
        var peerMs = new Dictionary<string, double>();

        // HuXiao and the roofline (one thread and all cores) timed in turn, round after round, so that the load
        // of a shared machine falls on both alike. The roofline's 64-bit copy of the values lives only for this.
        var values64 = data.Values64();
        Roofline.Calibrate(values64);
        var medians = Timer.MediansInTurn(
        [
            () => data.Current.RollUp(data.Hierarchy),
            () => Roofline.Sum(values64),
            () => Roofline.SumParallel(values64),
            () => data.Current.RollUp(data.Hierarchy, maxDegreeOfParallelism: 1),
        ]);
        values64 = null;
        var huxiao = medians[0];
        var (single, all, oneThread) = (medians[1], medians[2], medians[3]);
        Log($"{name}: huxiao {huxiao:F3} ms (one thread {oneThread:F3} ms); roofline one thread {single:F3} ms, all cores {all:F3} ms; {huxiao / Math.Min(single, all):F2}× the roofline");

        var naive = NaiveLinq.Load(data);
        peerMs["naive-linq"] = Timer.Median(() => NaiveLinq.RollUp(naive, data.LevelParents), repetitions: 3, budgetMs: 8_000);
        Check(name, "naive-linq", expected, NaiveLinq.RollUp(naive, data.LevelParents)[NaiveLinq.Keys[Dataset.Schema.Count]].Sum);
        naive = null;
        Collect();
        foreach (var peer in new SqlPeer[] { new SqlitePeer(data), new DuckDbPeer(data) })
        {
            using (peer)
            {
                peer.Load();
                long root = 0;
                peerMs[peer.Name] = Timer.Median(peer.RollUp, repetitions: peer is SqlitePeer ? 3 : 5, budgetMs: 8_000, afterEach: () => root = peer.RootTotalA01AndCleanUp());
                Check(name, peer.Name, expected, root);
                Log($"{name}: {peer.Name} loaded in {peer.LoadMs:F0} ms (not timed), roll-up {peerMs[peer.Name]:F3} ms");
            }

            Collect();
        }

        peerMs["roofline"] = Math.Min(single, all);
        return new ScenarioResult(name, huxiao, peerMs, data.BytesPerReport);
    }

    private static ScenarioResult Validate(Dataset data)
    {
        var rules = RuleSet.For(Dataset.Schema);
        var findings = rules.ValidateBatch(data.Current, data.Previous);
        Log($"validate-national: {findings.Findings.Count:N0} findings in {findings.ReportsWithFindings:N0} of {data.LeafCount:N0} reports ({string.Join(", ", findings.Findings.GroupBy(f => f.RuleCode).Select(g => $"{g.Key} {g.Count()}"))})");
        var huxiao = Timer.Median(() => rules.ValidateBatch(data.Current, data.Previous), repetitions: 7);
        var naive = NaiveLinq.Load(data);
        var naivePrevious = NaiveLinq.Load(data, previous: true);
        var naiveMs = Timer.Median(() => NaiveLinq.Validate(naive, naivePrevious), repetitions: 3, budgetMs: 6_000);
        Collect();
        return new ScenarioResult("validate-national", huxiao, new Dictionary<string, double> { ["naive-linq"] = naiveMs }, data.BytesPerReport);
    }

    private static ScenarioResult Incremental(Dataset data)
    {
        // The changes and the full roll-up timed in turn, round after round, so the machine's load weighs on both alike.
        var incremental = new IncrementalData(data);
        var medians = Timer.MediansInTurn([incremental.ApplyAll, () => data.Current.RollUp(data.Hierarchy)], rounds: 7);
        var perChange = medians[0] / IncrementalData.Changes;
        var fullRollUpMs = medians[1];
        Log($"incremental-national: {perChange * 1000:F2} µs per change; full roll-up {fullRollUpMs:F3} ms ({fullRollUpMs / perChange:N0}×)");
        return new ScenarioResult("incremental-national", perChange, new Dictionary<string, double> { ["full-rollup"] = fullRollUpMs }, data.BytesPerReport);
    }

    private static ScenarioResult Json(Dataset data)
    {
        var json = new JsonData(data, Scale.JsonReports);
        var ms = Timer.Median(() => { json.Write(); json.Read(); }, repetitions: 5);
        var bytes = json.Documents.Average(d => d.Length);
        Log($"json-10k: {json.Reports.Length:N0} reports written and read, {bytes:F0} bytes of JSON each");
        return new ScenarioResult("json-10k", ms, new Dictionary<string, double>(), data.BytesPerReport);
    }

    private static ScenarioResult Chain()
    {
        var chain = ChainData.Create(Scale.ChainUnits);
        Log($"chain-province: {chain.Series.Count:N0} units × {ChainData.Months} months");
        var huxiao = Timer.Median(() => chain.BuildTotals(), repetitions: 3, budgetMs: 8_000);
        var naive = Timer.Median(() => NaiveLinq.BuildTotals(chain.Naive), repetitions: 3, budgetMs: 8_000);
        return new ScenarioResult("chain-province", huxiao, new Dictionary<string, double> { ["naive-linq"] = naive }, chain.BytesPerReport);
    }

    /// <summary>The forms of a month's large province: 2,850 at full scale, a tenth of the nation's scale factor below it (285 in CI's smoke run).</summary>
    private static int ProvinceForms => Math.Max(50, (int)(2_850 * Math.Min(1, Scale.Factor * 10)));

    /// <summary>
    /// A month's templates for a large province's units, stamped, against building each with ClosedXML. The per-form
    /// build takes tens of milliseconds a form, so it is timed on a twentieth of the units and scaled to all of them
    /// (its time per form does not depend on how many are built); bytesPerReport is a stamped template's size.
    /// </summary>
    private static ScenarioResult ExcelTemplates()
    {
        var units = ProvinceForms;
        var data = new ExcelTemplateData(units);
        var sample = Math.Max(10, units / 20);
        var huxiao = Timer.Median(() => data.StampAll(), repetitions: 5, budgetMs: 20_000);
        var perForm = Timer.Median(() => data.BuildEach(sample), repetitions: 3, budgetMs: 20_000) / sample;
        var bytes = data.StampAll() / (double)units;
        Log($"excel-templates-2850: {units:N0} templates stamped in {huxiao:F1} ms ({huxiao / units:F3} ms each, the form's rendering included); closedxml-per-form {perForm:F1} ms each on {sample} of them, {perForm * units:F0} ms for all ({perForm * units / huxiao:F0}×)");
        return new ScenarioResult("excel-templates-2850", huxiao, new Dictionary<string, double> { ["closedxml-per-form"] = perForm * units }, bytes);
    }

    /// <summary>
    /// A month's forms of a large province read from their bytes, against unzipping and scanning every part of them.
    /// The two are timed in turn, form by form, so that a change in the machine's load falls on both alike; the median
    /// of a few such runs.
    /// </summary>
    private static ScenarioResult ExcelRead()
    {
        var forms = ProvinceForms;
        var data = new ExcelReadData(Dataset.City(), forms);
        var runs = new List<(double Read, double Floor)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var k = 0; k <= 7 && (k < 3 || clock.Elapsed.TotalMilliseconds < 30_000); k++)
        {
            var run = data.ReadAndScanInTurn();
            if (k > 0)
            {
                runs.Add(run);
            }
        }

        var huxiao = runs.Select(r => r.Read).Order().ElementAt(runs.Count / 2);
        var floor = runs.Select(r => r.Floor).Order().ElementAt(runs.Count / 2);
        Log($"excel-read-2850: {forms:N0} forms read in {huxiao:F1} ms; unzip-and-scan floor {floor:F1} ms ({huxiao / floor:F1}× the floor)");
        return new ScenarioResult("excel-read-2850", huxiao, new Dictionary<string, double> { ["unzip-scan-floor"] = floor }, data.Files.Average(f => f.Length));
    }

    private static void Check(string scenario, string peer, long? expected, long actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{scenario}: {peer} gives A01 合计 {actual} at the root, HuXiao {expected}: the peers do not compute the same thing.");
        }
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static void Log(string line) => Console.Error.WriteLine(line);
}
