using System.Runtime.CompilerServices;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The roll-up engine: the totals of every unit with children, by slot of a <see cref="RollUpPlan"/> — values,
/// filled bits, per-cell filled counts over direct children, and how many direct children reported. Every roll-up
/// (<see cref="ReportRollUp"/>, <see cref="ReportBatch.RollUp"/>, <see cref="IncrementalRollUp"/>) computes with it.
/// </summary>
/// <remarks>
/// Totals are exact or refused: a leaf run cannot overflow (see <see cref="NarrowRowSums"/>); a wide leaf row or a
/// child's total is added with the checked <see cref="CheckedSums"/>, and when a running sum leaves the 64-bit
/// range the slot is settled exactly (128-bit), so a total that comes back in range is kept and one that does not
/// is a <see cref="ReportOverflowException"/>.
/// </remarks>
internal sealed class RollUpState
{
    private const int StackCells = 512;

    internal RollUpState(ReportBatch batch, RollUpPlan plan)
    {
        Batch = batch;
        Plan = plan;
        Layout = batch.Layout;
        var slots = plan.SlotCount;
        Values = new SlotArray<long>(slots, Layout.Cells);
        Filled = new SlotArray<ulong>(slots, Layout.Words);
        Counts = new SlotArray<int>(slots, Layout.Cells);
        Reported = new int[slots];
    }

    private RollUpState(RollUpState other)
    {
        Batch = other.Batch;
        Plan = other.Plan;
        Layout = other.Layout;
        Values = other.Values.Clone();
        Filled = other.Filled.Clone();
        Counts = other.Counts.Clone();
        Reported = (int[])other.Reported.Clone();
    }

    internal ReportBatch Batch { get; }

    internal RollUpPlan Plan { get; }

    internal CellLayout Layout { get; }

    internal int Cells => Layout.Cells;

    internal int Words => Layout.Words;

    internal SlotArray<long> Values { get; }

    internal SlotArray<ulong> Filled { get; }

    internal SlotArray<int> Counts { get; }

    internal int[] Reported { get; }

    internal ReportSchema Schema => Batch.Schema;

    internal RollUpState Clone() => new(this);

    internal Span<long> ValuesOf(int slot) => Values[slot];

    internal Span<ulong> FilledOf(int slot) => Filled[slot];

    internal Span<int> CountsOf(int slot) => Counts[slot];

    /// <summary>Fills the state from the batch: the leaf level in parallel, then the levels above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Compute(int maxDegreeOfParallelism)
    {
        var plan = Plan;
        // Stryker disable once all : equivalent, the number of threads changes only who sums which leaf slots, not the sums
        var threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;

        // A slot whose leaf reports alone leave the 64-bit range is refused only if its whole total does: when it has
        // units with children below it too, it is settled exactly once their totals are known.
        var unsettled = new bool[plan.SlotCount];
        bool Leaves(int s)
        {
            if (SumLeaves(s))
            {
                return true;
            }

            unsettled[s] = true;
            // Stryker disable once all : equivalent, a slot with no children left unsettled is settled with its (no) children below and refused the same way
            return plan.ChildSlotStart[s + 1] > plan.ChildSlotStart[s];
        }

        // Stryker disable once all : equivalent, the serial and the parallel paths compute the same leaf sums; the threshold only picks the faster
        var serial = threads <= 1 || plan.LeafRows.Length < 16_384 || plan.LeafChunkStart.Length < 3;
        var failed = serial ? SumLeavesInOrder(Leaves) : LeafWork.Run(plan.LeafSlots, plan.LeafChunkStart, threads - 1, Leaves);
        if (failed)
        {
            // Whichever thread met an overflow first, the one named is the first in the plan's order, as on one thread.
            throw OverflowAt(FirstLeafOverflow(), withChildren: false);
        }

        for (var s = 0; s < plan.SlotCount; s++)
        {
            var sum = ValuesOf(s);
            var filled = FilledOf(s);
            var counts = CountsOf(s);
            var exact = !unsettled[s];
            for (var k = plan.ChildSlotStart[s]; k < plan.ChildSlotStart[s + 1]; k++)
            {
                var child = plan.ChildSlots[k];
                if (Reported[child] == 0)
                {
                    continue;
                }

                exact = exact && CheckedSums.TryAddInto(sum, ValuesOf(child));
                FilledCounts.Accumulate(filled, FilledOf(child), counts);
                Reported[s]++;
            }

            if (!exact && !SettleExactly(s, withChildren: true))
            {
                throw OverflowAt(s, withChildren: true);
            }
        }
    }

    internal long? GetValue(int slot, int ordinal, ReportRow row)
    {
        var cell = Layout.Cell(ordinal, row);
        return CellLayout.IsFilled(FilledOf(slot), cell) ? ValuesOf(slot)[cell] : null;
    }

    internal int FilledCount(int slot, int ordinal, ReportRow row) => CountsOf(slot)[Layout.Cell(ordinal, row)];

    internal int Slot(string unitCode)
        => Plan.SlotOf.TryGetValue(Preconditions.CheckNotNull(unitCode), out var slot)
            ? slot
            : throw new KeyNotFoundException($"Unit '{unitCode}' has no roll-up: it is a leaf or not in the hierarchy.");

    /// <summary>The error for a sum of one cell that left the 64-bit range, naming the unit that took it there.</summary>
    internal ReportOverflowException Overflow(int cell, string context)
        => new(Schema[Layout.OrdinalOf(cell)], Layout.RowOf(cell), context);

    private bool SumLeavesInOrder(Func<int, bool> leaves)
    {
        foreach (var s in Plan.LeafSlots)
        {
            if (!leaves(s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first leaf slot, in the plan's order, that has no children and whose leaf reports alone leave the 64-bit range.</summary>
    private int FirstLeafOverflow()
    {
        var plan = Plan;
        foreach (var s in plan.LeafSlots)
        {
            if (plan.ChildSlotStart[s + 1] > plan.ChildSlotStart[s])
            {
                continue;
            }

            for (var cell = 0; cell < Cells; cell++)
            {
                if (!CheckedMath.Fits(ExactSum(s, cell, withChildren: false)))
                {
                    return s;
                }
            }
        }

        // Stryker disable once all : unreachable, called only after a leaf slot without children was refused
        throw new InvalidOperationException("No leaf total leaves the 64-bit range, yet a sum was refused.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SumLeaves(int slot)
    {
        var plan = Plan;
        var layout = Layout;
        var cells = layout.Cells;
        var lanes = NarrowRowSums.AccumulatorLength(layout);

        // Sum into scratch that stays hot in L1, then write the slot once: the result arrays are cold. The scratch starts at
        // zero (stackalloc is zeroed: the project does not skip locals' initialisation).
        // Stryker disable once all : equivalent, scratch on the stack or on the heap holds the same sums
        var acc = lanes <= StackCells ? stackalloc long[lanes] : new long[lanes];
        // Stryker disable once all : equivalent, scratch on the stack or on the heap holds the same counts
        var blanks = cells <= StackCells ? stackalloc int[cells] : new int[cells];
        Span<ulong> filled = stackalloc ulong[layout.Words];
        var rows = Batch.Rows;
        for (var run = plan.SlotRunStart[slot]; run < plan.SlotRunStart[slot + 1]; run++)
        {
            var first = plan.RunFirst[run];
            var length = plan.RunLength[run];
            NarrowRowSums.Sum(rows.Narrow(first, length), layout, acc, filled, blanks, rows.AllSmall(first, length));
        }

        var values = ValuesOf(slot);
        acc[..cells].CopyTo(values);
        filled.CopyTo(FilledOf(slot));

        // A cell's filled count is the rows less those that left it blank.
        var n = plan.LeafRowStart[slot + 1] - plan.LeafRowStart[slot];
        var counts = CountsOf(slot);
        for (var c = 0; c < cells; c++)
        {
            counts[c] = n - blanks[c];
        }

        Reported[slot] = n;

        // Reports with values past 32 bits, checked (their narrow rows added zeros).
        // Stryker disable once all : equivalent, starting as not exact settles the slot exactly in 128 bits, the same sums more slowly
        var exact = true;
        for (var k = plan.WideRowStart[slot]; k < plan.WideRowStart[slot + 1] && exact; k++)
        {
            exact = CheckedSums.TryAddInto(values, rows.Wide(plan.WideRows[k]));
        }

        return exact || SettleExactly(slot, withChildren: false);
    }

    /// <summary>
    /// Recomputes a slot's values in 128-bit arithmetic from its leaf rows (and its reporting children's totals);
    /// false when some total does not fit 64 bits.
    /// </summary>
    private bool SettleExactly(int slot, bool withChildren)
    {
        var values = ValuesOf(slot);
        for (var cell = 0; cell < Cells; cell++)
        {
            var sum = ExactSum(slot, cell, withChildren);
            if (!CheckedMath.Fits(sum))
            {
                return false;
            }

            values[cell] = (long)sum;
        }

        return true;
    }

    private Int128 ExactSum(int slot, int cell, bool withChildren)
    {
        var plan = Plan;
        var rows = Batch.Rows;
        Int128 sum = 0;
        for (var k = plan.LeafRowStart[slot]; k < plan.LeafRowStart[slot + 1]; k++)
        {
            sum += rows.Get(plan.LeafRows[k], cell);
        }

        if (withChildren)
        {
            for (var k = plan.ChildSlotStart[slot]; k < plan.ChildSlotStart[slot + 1]; k++)
            {
                // A child that did not report, or whose reports were all withdrawn, has totals of zero.
                sum += ValuesOf(plan.ChildSlots[k])[cell];
            }
        }

        return sum;
    }

    /// <summary>The error for a slot whose exact total left the 64-bit range: the first such cell, and the units adding to it.</summary>
    private ReportOverflowException OverflowAt(int slot, bool withChildren)
    {
        var plan = Plan;
        var cell = FirstOverflowingCell(slot, withChildren);
        var units = new List<string>();
        for (var k = plan.LeafRowStart[slot]; k < plan.LeafRowStart[slot + 1] && units.Count < 10; k++)
        {
            if (Batch.Rows.Get(plan.LeafRows[k], cell) != 0)
            {
                units.Add(Batch.UnitArray[plan.LeafRows[k]].Code);
            }
        }

        for (var k = plan.ChildSlotStart[slot]; withChildren && k < plan.ChildSlotStart[slot + 1] && units.Count < 10; k++)
        {
            var child = plan.ChildSlots[k];
            if (ValuesOf(child)[cell] != 0)
            {
                units.Add(plan.SlotUnits[child].Code);
            }
        }

        return Overflow(cell, $"when adding the reports of {string.Join(", ", units)} into {plan.SlotUnits[slot]}");
    }

    private int FirstOverflowingCell(int slot, bool withChildren)
    {
        // Stryker disable once Equality : equivalent, the loop always returns at the cell that overflowed before it reaches the end
        for (var cell = 0; cell < Cells; cell++)
        {
            if (!CheckedMath.Fits(ExactSum(slot, cell, withChildren)))
            {
                return cell;
            }
        }

        // Stryker disable once all : unreachable, called only for a slot some cell of which overflowed
        throw new InvalidOperationException($"No total of {Plan.SlotUnits[slot]} leaves the 64-bit range, yet a sum was refused.");
    }
}
