using HuXiao.Benchmarks.Data;
using HuXiao.Excel;
using HuXiao.Excel.Ooxml;
using HuXiao.Excel.Packaging;
using HuXiao.Excel.Reading;

namespace HuXiao.Benchmarks;

/// <summary>
/// <c>-- probe-excel [--forms N]</c>: times the stages of reading filled forms apart — the package guard, the parts
/// the form needs inflated and scanned into stored cells, the form read from those — against unzipping and scanning
/// every part, to say where the time goes. Each stage is run eight times; the figures are the fastest run's wall time
/// and the median of the processor time the thread itself used (on Linux), which others' work on a shared machine
/// does not add to.
/// </summary>
public static class ExcelProbe
{
    private const int ThreadCpuClock = 3;   // CLOCK_THREAD_CPUTIME_ID

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>The processor time this thread has used, in milliseconds; NaN where the system does not say.</summary>
    private static double ThreadCpuMs()
    {
        try
        {
            return OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var t) == 0 ? (t.Seconds * 1e3) + (t.Nanoseconds / 1e6) : double.NaN;
        }
        catch (DllNotFoundException)
        {
            return double.NaN;
        }
    }

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

        Console.Error.WriteLine($"probe-excel: {forms:N0} filled forms, {data.Files.Average(f => f.Length):F0} bytes each");
        Report("unzip and scan every part (the floor)", () => data.UnzipScan());
        Report("package guard: signature, zip directory, content types, relationships", () =>
        {
            foreach (var file in data.Files)
            {
                PackageGuard.Open(file, limits).Dispose();
            }
        });
        Report("guard, then the parts the form needs inflated and scanned into stored cells", () =>
        {
            foreach (var file in data.Files)
            {
                using var package = PackageGuard.Open(file, limits);
                _ = StoredWorkbook.Read(package);
            }
        });
        Report("the form read from the stored cells (tables, identity, values, footer, cases)", () =>
        {
            foreach (var workbook in stored)
            {
                _ = FormReading.Read(workbook, reader.Schemas, ExcelReadOptions.None);
            }
        });
        Report("the whole read (ExcelFormReader.Read)", () =>
        {
            foreach (var file in data.Files)
            {
                _ = reader.Read(file);
            }
        });
        return 0;

        void Report(string name, Action action)
        {
            var best = double.MaxValue;
            var cpu = new List<double>();
            long allocated = 0;
            for (var k = 0; k < 8; k++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = ThreadCpuMs();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                action();
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                cpu.Add(ThreadCpuMs() - cpuBefore);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            cpu.Sort();
            Console.Error.WriteLine($"{name,-80} {best,9:F1} ms wall {cpu[cpu.Count / 2],9:F1} ms CPU {allocated / (double)forms / 1024,8:F1} KB a form");
        }
    }
}
