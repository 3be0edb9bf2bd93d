using HuXiao.Benchmarks.Data;
using HuXiao.Benchmarks.Peers;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Internal;

namespace HuXiao.Benchmarks;

/// <summary>
/// <c>-- probe [--scale N]</c>: times the parts of the national roll-up apart (the overflow-checked sum kernel, the
/// filled-bit bookkeeping, the plan) against the roofline, to say where time goes when a goal is missed.
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
        var cells = batch.CellsPerReport;
        var acc = new long[cells];
        var filled = new ulong[batch.WordsPerReport];
        var blanks = new int[cells];
        var mask = new ulong[batch.WordsPerReport];
        for (var c = 0; c < cells; c++)
        {
            mask[c >> 6] |= 1UL << c;
        }

        Report("roofline 256-bit, one thread", () => Roofline.Sum256(batch.AllValues));
        Report("roofline 512-bit, one thread", () => Roofline.Sum512(batch.AllValues));
        Roofline.Calibrate(batch);
        Report("roofline, all cores", () => Roofline.SumParallel(batch));
        Report("TryAddRows, all rows into one accumulator, one thread", () => { Array.Clear(acc); CellKernels.TryAddRows(acc, batch.AllValues); });
        Report("TryAddRows in 175-row runs, one thread", () =>
        {
            var all = batch.AllValues;
            for (var start = 0; start < batch.Count; start += 175)
            {
                var n = Math.Min(175, batch.Count - start);
                CellKernels.TryAddRows(acc, all.Slice(start * cells, n * cells));
            }
        });
        Report("TryAddInto row by row, one thread", () =>
        {
            var all = batch.AllValues;
            for (var r = 0; r < batch.Count; r++)
            {
                CellKernels.TryAddInto(acc, all.Slice(r * cells, cells));
            }
        });
        Report("AccumulateBlanks, one thread", () => CellKernels.AccumulateBlanks(filled, batch.AllFilled, mask, blanks));
        var plan = batch.PlanFor(data.Hierarchy);
        Report("RollUpState allocation only", () => _ = new RollUpState(batch, plan));
        var reused = new RollUpState(batch, plan);
        Report("RollUpState.Compute into reused arrays (values not cleared), one thread", () => reused.Compute(1));
        var big = new long[plan.SlotCount * cells];
        var bigCounts = new int[plan.SlotCount * cells];
        var bigFilled = new ulong[plan.SlotCount * batch.WordsPerReport];
        Report("plan runs, a distinct accumulator per slot, kernel only", () =>
        {
            var all = batch.AllValues;
            for (var slot = 0; slot < plan.SlotCount; slot++)
            {
                for (var run = plan.SlotRunStart[slot]; run < plan.SlotRunStart[slot + 1]; run++)
                {
                    CellKernels.TryAddRows(big.AsSpan(slot * cells, cells), all.Slice(plan.RunFirst[run] * cells, plan.RunLength[run] * cells));
                }
            }
        });
        Report("plan runs, kernel and blanks", () =>
        {
            var all = batch.AllValues;
            var bits = batch.AllFilled;
            var w = batch.WordsPerReport;
            for (var slot = 0; slot < plan.SlotCount; slot++)
            {
                for (var run = plan.SlotRunStart[slot]; run < plan.SlotRunStart[slot + 1]; run++)
                {
                    CellKernels.TryAddRows(big.AsSpan(slot * cells, cells), all.Slice(plan.RunFirst[run] * cells, plan.RunLength[run] * cells));
                    CellKernels.AccumulateBlanks(bigFilled.AsSpan(slot * w, w), bits.Slice(plan.RunFirst[run] * w, plan.RunLength[run] * w), mask, bigCounts.AsSpan(slot * cells, cells));
                }
            }
        });
        Report("RollUp, one thread", () => batch.RollUp(data.Hierarchy, 1));
        Report("RollUp, all cores", () => batch.RollUp(data.Hierarchy));
        Report("RollUp, new plan each time", () => RollUpPlan.Create(data.Hierarchy, batch));
        return 0;

        static void Report(string name, Action action)
        {
            var gen2 = GC.CollectionCount(2);
            var gen0 = GC.CollectionCount(0);
            var pause = GC.GetTotalPauseDuration();
            var ms = Timer.Median(action, repetitions: 7);
            Console.Error.WriteLine($"{name,-60} {ms,9:F3} ms   GCs gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}, pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F1} ms over 8 runs");
        }
    }
}
