using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using HuXiao.Benchmarks.Data;
using HuXiao.Benchmarks.Peers;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Benchmarks;

/// <summary>
/// <c>-- probe [--scale N]</c>: times the parts of the national roll-up apart (the leaf kernel over the 32-bit rows, the
/// levels above, the fresh totals, the plan) against the roofline, to say where the time goes.
/// </summary>
public static class Probe
{
    public static int Run(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--scale")
            {
                Scale.National = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var data = Dataset.National(Scale.National);
        var batch = data.Current;
        var layout = batch.Layout;
        var lanes = NarrowRowSums.AccumulatorLength(layout);
        var acc = new long[lanes];
        var filled = new ulong[layout.Words];
        var blanks = new int[layout.Cells];
        var rows = batch.Rows;
        var plan = batch.PlanFor(data.Hierarchy);
        var values64 = data.Values64();

        Report("roofline 256-bit, one thread (64-bit values)", () => Roofline.Sum256(values64));
        Report("roofline 512-bit, one thread (64-bit values)", () => Roofline.Sum512(values64));
        Roofline.Calibrate(values64);
        Report("roofline, all cores (64-bit values)", () => Roofline.SumParallel(values64));
        Report("32-bit rows: plain widening sum of every slot, one thread", () => WideningSum(rows.Narrow(0, batch.Count)));
        Report("32-bit rows: plain 32-bit sum of every slot (no widening), one thread", () => NarrowSum(rows.Narrow(0, batch.Count)));
        var small = rows.AllSmall(0, batch.Count);
        Console.Error.WriteLine($"every value small (within ±2^25): {small}");
        Report("32-bit rows: widening leaf kernel over every row, one thread", () => NarrowRowSums.Sum(rows.Narrow(0, batch.Count), layout, acc, filled, blanks, allSmall: false));
        Report("32-bit rows: leaf kernel over every row, one thread", () => NarrowRowSums.Sum(rows.Narrow(0, batch.Count), layout, acc, filled, blanks, small));
        Report("32-bit rows: leaf kernel per county run, one thread", () =>
        {
            for (var slot = 0; slot < plan.SlotCount; slot++)
            {
                for (var run = plan.SlotRunStart[slot]; run < plan.SlotRunStart[slot + 1]; run++)
                {
                    NarrowRowSums.Sum(rows.Narrow(plan.RunFirst[run], plan.RunLength[run]), layout, acc, filled, blanks, rows.AllSmall(plan.RunFirst[run], plan.RunLength[run]));
                }
            }
        });
        Report("RollUpState allocation only", () => _ = new RollUpState(batch, plan));
        var reused = new RollUpState(batch, plan);
        Report("RollUpState.Compute into reused totals, one thread", () => { Array.Clear(reused.Reported); reused.Compute(1); });
        Report("RollUpState.Compute into reused totals, all cores", () => { Array.Clear(reused.Reported); reused.Compute(-1); });
        Report("RollUp, one thread", () => batch.RollUp(data.Hierarchy, 1));
        Report("RollUp, all cores", () => batch.RollUp(data.Hierarchy));
        Report("RollUp, new plan each time", () => RollUpPlan.Create(data.Hierarchy, batch));
        return 0;

        // The floor for 32-bit rows: every slot widened and summed, no rows, no filled bits, no grouping.
        static long WideningSum(ReadOnlySpan<int> values)
        {
            if (!Avx2.IsSupported)
            {
                return 0;
            }

            ref var v = ref MemoryMarshal.GetReference(values);
            var a0 = Vector256<long>.Zero;
            var a1 = a0;
            var a2 = a0;
            var a3 = a0;
            nuint i = 0;
            var n = (nuint)values.Length;
            for (; i + 16 <= n; i += 16)
            {
                a0 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref v, i));
                a1 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref v, i + 4));
                a2 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref v, i + 8));
                a3 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref v, i + 12));
            }

            return Vector256.Sum(a0 + a1 + a2 + a3);
        }

        // Every slot summed in 32-bit lanes (wrapping): what a kernel that widens once per chunk of rows streams at.
        static int NarrowSum(ReadOnlySpan<int> values)
        {
            ref var v = ref MemoryMarshal.GetReference(values);
            var a0 = Vector256<int>.Zero;
            var a1 = a0;
            var a2 = a0;
            var a3 = a0;
            nuint i = 0;
            var n = (nuint)values.Length;
            for (; i + 32 <= n; i += 32)
            {
                a0 += Vector256.LoadUnsafe(ref v, i);
                a1 += Vector256.LoadUnsafe(ref v, i + 8);
                a2 += Vector256.LoadUnsafe(ref v, i + 16);
                a3 += Vector256.LoadUnsafe(ref v, i + 24);
            }

            return Vector256.Sum(a0 + a1 + a2 + a3);
        }

        static void Report(string name, Action action)
        {
            var gen2 = GC.CollectionCount(2);
            var gen0 = GC.CollectionCount(0);
            var pause = GC.GetTotalPauseDuration();
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var ms = Timer.Median(action, repetitions: 7);
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / 8;
            Console.Error.WriteLine($"{name,-72} {ms,9:F3} ms  (processor {cpuMs,8:F3} ms a run)   GCs gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}, pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms over 8 runs");
        }
    }
}
