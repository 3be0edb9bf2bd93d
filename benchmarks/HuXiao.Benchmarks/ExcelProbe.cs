using System.Diagnostics;
using HuXiao.Benchmarks.Data;
using HuXiao.Excel;
using HuXiao.Excel.Ooxml;
using HuXiao.Excel.Packaging;
using HuXiao.Excel.Reading;

namespace HuXiao.Benchmarks;

/// <summary>
/// <c>-- probe-excel [--forms N]</c>: times the stages of reading filled forms apart — the package guard, the parts
/// the form needs inflated and scanned into stored cells, the form read from those, the whole read — against
/// unzipping and scanning every part, to say where the time goes. The stages are run in turn on each form, so that
/// the load of a shared machine weighs on all of them alike; each figure is the median of five passes over the
/// forms, with what one read allocates.
/// </summary>
public static class ExcelProbe
{
    public static int Run(string[] args)
    {
        var forms = 2_850;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--forms")
            {
                forms = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var data = new ExcelReadData(Dataset.City(), forms);
        var limits = ExcelReadLimits.Default;
        var reader = new ExcelFormReader();
        var stored = data.Files.Select(f =>
        {
            using var package = PackageGuard.Open(f, limits);
            return StoredWorkbook.Read(package);
        }).ToArray();

        (string Name, Action<int> Run)[] stages =
        [
            ("unzip and scan every part (the floor)", i => data.UnzipScan(i)),
            ("package guard: signature, zip directory, content types, relationships", i => PackageGuard.Open(data.Files[i], limits).Dispose()),
            ("guard, then the parts the form needs inflated and scanned into stored cells", i =>
            {
                using var package = PackageGuard.Open(data.Files[i], limits);
                _ = StoredWorkbook.Read(package);
            }),
            ("the form read from the stored cells (tables, identity, values, footer, cases)", i => _ = FormReading.Read(stored[i], reader.Schemas, ExcelReadOptions.None)),
            ("the whole read (ExcelFormReader.Read)", i => _ = reader.Read(data.Files[i])),
        ];

        var passes = stages.Select(_ => new List<double>()).ToArray();
        var allocated = new long[stages.Length];
        for (var pass = 0; pass <= 5; pass++)
        {
            var ticks = new long[stages.Length];
            for (var i = 0; i < forms; i++)
            {
                for (var s = 0; s < stages.Length; s++)
                {
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    stages[s].Run(i);
                    ticks[s] += Stopwatch.GetTimestamp() - start;
                    allocated[s] = GC.GetAllocatedBytesForCurrentThread() - bytes;
                }
            }

            for (var s = 0; pass > 0 && s < stages.Length; s++)
            {
                passes[s].Add(ticks[s] * 1000.0 / Stopwatch.Frequency);
            }
        }

        Console.Error.WriteLine($"probe-excel: {forms:N0} filled forms, {data.Files.Average(f => f.Length):F0} bytes each; each stage in turn on each form, median of 5 passes");
        var floor = passes[0].Order().ElementAt(2);
        for (var s = 0; s < stages.Length; s++)
        {
            var ms = passes[s].Order().ElementAt(2);
            Console.Error.WriteLine($"{stages[s].Name,-80} {ms,9:F1} ms {ms / floor,6:F2}× the floor {allocated[s] / 1024.0,8:F1} KB a form");
        }

        return 0;
    }
}
