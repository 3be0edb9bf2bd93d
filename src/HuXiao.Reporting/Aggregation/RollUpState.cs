using System.Numerics;
using HuXiao.Reporting.Internal;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The totals of every unit with children, by slot of a <see cref="RollUpPlan"/>: values, filled bits, per-cell
/// filled counts over direct children, and how many direct children reported. Shared by
/// <see cref="ReportBatchRollUp"/> (read-only) and <see cref="IncrementalRollUp"/> (kept up to date).
/// </summary>
internal sealed class RollUpState
{
    internal RollUpState(ReportBatch batch, RollUpPlan plan)
    {
        Batch = batch;
        Plan = plan;
        Cells = batch.CellsPerReport;
        Words = batch.WordsPerReport;
        var slots = plan.SlotCount;
        Values = new long[slots * Cells];
        Filled = new ulong[slots * Words];
        Counts = new int[slots * Cells];
        Reported = new int[slots];
    }

    private RollUpState(RollUpState other)
    {
        Batch = other.Batch;
        Plan = other.Plan;
        Cells = other.Cells;
        Words = other.Words;
        Values = (long[])other.Values.Clone();
        Filled = (ulong[])other.Filled.Clone();
        Counts = (int[])other.Counts.Clone();
        Reported = (int[])other.Reported.Clone();
    }

    internal ReportBatch Batch { get; }

    internal RollUpPlan Plan { get; }

    internal int Cells { get; }

    internal int Words { get; }

    internal long[] Values { get; }

    internal ulong[] Filled { get; }

    internal int[] Counts { get; }

    internal int[] Reported { get; }

    internal ReportSchema Schema => Batch.Schema;

    internal RollUpState Clone() => new(this);

    /// <summary>Fills the state from the batch: the leaf level in parallel, then the levels above.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void Compute(int maxDegreeOfParallelism)
    {
        var plan = Plan;
        var mask = ValidMask(Cells, Words);
        var leafSlots = new List<int>();
        for (var s = 0; s < plan.SlotCount; s++)
        {
            if (plan.LeafRowStart[s + 1] > plan.LeafRowStart[s])
            {
                leafSlots.Add(s);
            }
        }

        var rows = plan.LeafRows.Length;
        var threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        var failed = int.MaxValue;
        if (threads <= 1 || rows < 16_384 || leafSlots.Count < 2)
        {
            foreach (var s in leafSlots)
            {
                if (!SumLeaves(s, mask))
                {
                    failed = s;
                    break;
                }
            }
        }
        else
        {
            // Chunks of slots with about equal rows; several per thread so an uneven tree still balances.
            var target = Math.Max(4_096, rows / (threads * 8));
            var bounds = new List<int> { 0 };
            var acc = 0;
            for (var k = 0; k < leafSlots.Count; k++)
            {
                var s = leafSlots[k];
                acc += plan.LeafRowStart[s + 1] - plan.LeafRowStart[s];
                if (acc >= target && k + 1 < leafSlots.Count)
                {
                    bounds.Add(k + 1);
                    acc = 0;
                }
            }

            bounds.Add(leafSlots.Count);
            var slots = leafSlots.ToArray();
            Parallel.For(0, bounds.Count - 1, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
            {
                for (var k = bounds[chunk]; k < bounds[chunk + 1]; k++)
                {
                    if (!SumLeaves(slots[k], mask))
                    {
                        InterlockedMin(ref failed, slots[k]);
                        return;
                    }
                }
            });
        }

        if (failed != int.MaxValue)
        {
            throw OverflowAt(failed);
        }

        for (var s = 0; s < plan.SlotCount; s++)
        {
            var acc = Values.AsSpan(s * Cells, Cells);
            var filled = Filled.AsSpan(s * Words, Words);
            var counts = Counts.AsSpan(s * Cells, Cells);
            for (var k = plan.ChildSlotStart[s]; k < plan.ChildSlotStart[s + 1]; k++)
            {
                var child = plan.ChildSlots[k];
                if (Reported[child] == 0)
                {
                    continue;
                }

                if (!CellKernels.TryAddInto(acc, Values.AsSpan(child * Cells, Cells)))
                {
                    throw OverflowAt(s);
                }

                CellKernels.AccumulateFilled(filled, Filled.AsSpan(child * Words, Words), counts);
                Reported[s]++;
            }
        }
    }

    internal bool IsReported(int slot) => Reported[slot] > 0;

    internal long? GetValue(int slot, int ordinal, ReportRow row)
    {
        var cell = Cell(ordinal, row);
        return (Filled[(slot * Words) + (cell >> 6)] & (1UL << cell)) != 0 ? Values[(slot * Cells) + cell] : null;
    }

    internal int FilledCount(int slot, int ordinal, ReportRow row) => Counts[(slot * Cells) + Cell(ordinal, row)];

    internal int Slot(string unitCode)
        => Plan.SlotOf.TryGetValue(Preconditions.CheckNotNull(unitCode), out var slot)
            ? slot
            : throw new KeyNotFoundException($"Unit '{unitCode}' has no roll-up: it is a leaf or not in the hierarchy.");

    internal int Cell(int ordinal, ReportRow row)
    {
        if ((uint)ordinal >= (uint)Schema.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"Schema {Schema} has indicators 0–{Schema.Count - 1}.");
        }

        return row == ReportRow.New ? ordinal : Schema.Count + ordinal;
    }

    /// <summary>Codes of a unit's children that did not report, in hierarchy order.</summary>
    internal IReadOnlyList<string> Missing(int slot, Func<string, bool> leafReported)
    {
        var missing = new List<string>();
        foreach (var child in Plan.Hierarchy.ChildrenOf(Plan.SlotUnits[slot].Code))
        {
            var reported = Plan.SlotOf.TryGetValue(child.Code, out var childSlot) ? Reported[childSlot] > 0 : leafReported(child.Code);
            if (!reported)
            {
                missing.Add(child.Code);
            }
        }

        return missing;
    }

    /// <summary>The combined report of a unit, cases gathered from below in unit-code order as <see cref="ReportRollUp"/> does.</summary>
    internal MonthlyReport ToReport(int slot, Func<string, IReadOnlyList<CaseDetail>?> leafCases)
    {
        var cases = new List<CaseDetail>();
        GatherCases(slot, leafCases, cases);
        return MonthlyReportBuilder.FromArrays(
            Schema,
            Plan.SlotUnits[slot],
            Batch.Period,
            Values.AsSpan(slot * Cells, Cells).ToArray(),
            Filled.AsSpan(slot * Words, Words).ToArray(),
            ReportFiling.Unfiled,
            cases.ToArray());
    }

    internal static ulong[] ValidMask(int cells, int words)
    {
        var mask = new ulong[words];
        for (var cell = 0; cell < cells; cell++)
        {
            mask[cell >> 6] |= 1UL << cell;
        }

        return mask;
    }

    private void GatherCases(int slot, Func<string, IReadOnlyList<CaseDetail>?> leafCases, List<CaseDetail> into)
    {
        var children = Plan.Hierarchy.ChildrenOf(Plan.SlotUnits[slot].Code).OrderBy(c => c.Code, StringComparer.Ordinal);
        foreach (var child in children)
        {
            if (Plan.SlotOf.TryGetValue(child.Code, out var childSlot))
            {
                if (Reported[childSlot] > 0)
                {
                    GatherCases(childSlot, leafCases, into);
                }
            }
            else if (leafCases(child.Code) is { } own)
            {
                into.AddRange(own);
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool SumLeaves(int slot, ulong[] mask)
    {
        var plan = Plan;
        var cells = Cells;
        var words = Words;

        // Sum into scratch that stays hot in L1, then write the slot once: the result arrays are cold (and often
        // fresh pages), and touching them row by row measured ~30 % slower.
        const int StackCells = 512;
        var acc = cells <= StackCells ? stackalloc long[cells] : new long[cells];
        var blanks = cells <= StackCells ? stackalloc int[cells] : new int[cells];
        Span<ulong> filled = stackalloc ulong[words];
        acc.Clear();
        blanks.Clear();
        filled.Clear();
        var values = Batch.AllValues;
        var bits = Batch.AllFilled;
        for (var run = plan.SlotRunStart[slot]; run < plan.SlotRunStart[slot + 1]; run++)
        {
            var first = plan.RunFirst[run];
            var length = plan.RunLength[run];
            if (!CellKernels.TryAddRows(acc, values.Slice(first * cells, length * cells)))
            {
                return false;
            }

            CellKernels.AccumulateBlanks(filled, bits.Slice(first * words, length * words), mask, blanks);
        }

        acc.CopyTo(Values.AsSpan(slot * cells, cells));
        filled.CopyTo(Filled.AsSpan(slot * words, words));

        // A cell's filled count is the rows less those that left it blank.
        var n = plan.LeafRowStart[slot + 1] - plan.LeafRowStart[slot];
        var counts = Counts.AsSpan(slot * cells, cells);
        for (var c = 0; c < cells; c++)
        {
            counts[c] = n - blanks[c];
        }

        Reported[slot] = n;
        return true;
    }

    private ReportOverflowException OverflowAt(int slot)
    {
        // Scan in the order the fast path adds: the slot's leaf rows, then its reporting child slots.
        var plan = Plan;
        for (var cell = 0; cell < Cells; cell++)
        {
            long sum = 0;
            for (var k = plan.LeafRowStart[slot]; k < plan.LeafRowStart[slot + 1]; k++)
            {
                var row = plan.LeafRows[k];
                if (!CheckedMath.TryAdd(sum, Batch.AllValues[(row * Cells) + cell], out sum))
                {
                    return Overflow(cell, Batch.UnitArray[row]);
                }
            }

            for (var k = plan.ChildSlotStart[slot]; k < plan.ChildSlotStart[slot + 1]; k++)
            {
                var child = plan.ChildSlots[k];
                if (Reported[child] > 0 && !CheckedMath.TryAdd(sum, Values[(child * Cells) + cell], out sum))
                {
                    return Overflow(cell, plan.SlotUnits[child]);
                }
            }
        }

        return new ReportOverflowException(Schema[0], ReportRow.New, $"in the roll-up into {plan.SlotUnits[slot]}");
    }

    internal ReportOverflowException Overflow(int cell, OrganisationUnit culprit)
    {
        var row = cell < Schema.Count ? ReportRow.New : ReportRow.Total;
        return new ReportOverflowException(Schema[cell % Schema.Count], row, $"when adding the report of {culprit}");
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    internal static int PopCount(ReadOnlySpan<ulong> bits)
    {
        var n = 0;
        foreach (var w in bits)
        {
            n += BitOperations.PopCount(w);
        }

        return n;
    }
}
