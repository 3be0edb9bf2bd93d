namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// How a <see cref="ReportBatch"/> maps onto the units it is rolled up into: every unit with children gets a slot
/// (children's slots before their parents'), and the batch's rows are grouped by the slot of their parent, as runs
/// of consecutive rows, with the wide rows listed apart. Built once per batch and hierarchy (or once for a flat
/// combination of every report into one parent), then shared by every roll-up over them. Immutable.
/// </summary>
internal sealed class RollUpPlan
{
    private RollUpPlan(
        UnitHierarchy? hierarchy,
        OrganisationUnit[] slotUnits,
        Dictionary<string, int> slotOf,
        int[] parentSlot,
        int[] leafRowStart,
        int[] leafRows,
        int[] childSlotStart,
        int[] childSlots,
        int[] rowSlot)
    {
        Hierarchy = hierarchy;
        SlotUnits = slotUnits;
        SlotOf = slotOf;
        ParentSlot = parentSlot;
        LeafRowStart = leafRowStart;
        LeafRows = leafRows;
        ChildSlotStart = childSlotStart;
        ChildSlots = childSlots;
        RowSlot = rowSlot;
        (LeafSlots, LeafChunkStart) = ChunksOfLeafSlots(leafRowStart);
    }

    /// <summary>Leaf rows per chunk of the leaf level (a few thousand: a tenth of a millisecond's work), the unit threads claim.</summary>
    internal const int ChunkRows = 2_048;

    /// <summary>The hierarchy; <see langword="null"/> for a flat plan, whose one slot has every row as a child.</summary>
    internal UnitHierarchy? Hierarchy { get; }

    /// <summary>The units with children, by slot: every unit's slot comes after the slots of the units below it.</summary>
    internal OrganisationUnit[] SlotUnits { get; }

    internal Dictionary<string, int> SlotOf { get; }

    /// <summary>The slot of each slot's parent; −1 for the root.</summary>
    internal int[] ParentSlot { get; }

    /// <summary>Rows of slot s are <c>LeafRows[LeafRowStart[s]..LeafRowStart[s + 1]]</c>, ascending.</summary>
    internal int[] LeafRowStart { get; }

    internal int[] LeafRows { get; }

    /// <summary>Child slots of slot s are <c>ChildSlots[ChildSlotStart[s]..ChildSlotStart[s + 1]]</c>.</summary>
    internal int[] ChildSlotStart { get; }

    internal int[] ChildSlots { get; }

    /// <summary>The parent slot of each batch row; −1 for a report of a root that is itself a leaf.</summary>
    internal int[] RowSlot { get; }

    internal int SlotCount => SlotUnits.Length;

    /// <summary>The slots with leaf rows, ascending.</summary>
    internal int[] LeafSlots { get; }

    /// <summary>Chunk c of the leaf level is <c>LeafSlots[LeafChunkStart[c]..LeafChunkStart[c + 1]]</c>: whole slots, about <see cref="ChunkRows"/> rows.</summary>
    internal int[] LeafChunkStart { get; }

    /// <summary>Runs of slot s are <c>RunFirst/RunLength[SlotRunStart[s]..SlotRunStart[s + 1]]</c>: consecutive rows.</summary>
    internal int[] SlotRunStart { get; private init; } = [];

    internal int[] RunFirst { get; private init; } = [];

    internal int[] RunLength { get; private init; } = [];

    /// <summary>Wide rows of slot s are <c>WideRows[WideRowStart[s]..WideRowStart[s + 1]]</c>, ascending.</summary>
    internal int[] WideRowStart { get; private init; } = [];

    internal int[] WideRows { get; private init; } = [];

    /// <summary>Every row summed into one parent: the plan of <see cref="ReportRollUp.Combine"/>.</summary>
    internal static RollUpPlan Flat(OrganisationUnit parent, ReportBatch batch)
    {
        var rows = Enumerable.Range(0, batch.Count).ToArray();
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal) { [parent.Code] = 0 };
        var rowSlot = new int[batch.Count];
        var (wideStart, wide) = WideRowsBySlot(batch, 1, rowSlot);
        return new RollUpPlan(null, [parent], slotOf, [-1], [0, batch.Count], rows, [0, 0], [], rowSlot)
        {
            SlotRunStart = [0, 1],
            RunFirst = [0],
            RunLength = [batch.Count],
            WideRowStart = wideStart,
            WideRows = wide,
        };
    }

    internal static RollUpPlan Create(UnitHierarchy hierarchy, ReportBatch batch)
    {
        // Pre-order over the units with children; reversed, every unit follows all the units below it.
        var preOrder = new List<OrganisationUnit>();
        if (!hierarchy.IsLeaf(hierarchy.Root.Code))
        {
            var stack = new Stack<OrganisationUnit>();
            stack.Push(hierarchy.Root);
            while (stack.Count > 0)
            {
                var unit = stack.Pop();
                preOrder.Add(unit);
                var children = hierarchy.ChildrenOf(unit.Code);
                for (var c = children.Count - 1; c >= 0; c--)
                {
                    if (!hierarchy.IsLeaf(children[c].Code))
                    {
                        stack.Push(children[c]);
                    }
                }
            }
        }

        preOrder.Reverse();
        var slotUnits = preOrder.ToArray();
        var slotOf = new Dictionary<string, int>(slotUnits.Length, StringComparer.Ordinal);
        for (var s = 0; s < slotUnits.Length; s++)
        {
            slotOf[slotUnits[s].Code] = s;
        }

        var parentSlot = new int[slotUnits.Length];
        var childSlotStart = new int[slotUnits.Length + 1];
        var childSlots = new List<int>();
        var rowSlot = new int[batch.Count];
        Array.Fill(rowSlot, int.MinValue);
        var leafCounts = new int[slotUnits.Length + 1];
        Array.Fill(parentSlot, -1);
        for (var s = 0; s < slotUnits.Length; s++)
        {
            childSlotStart[s] = childSlots.Count;
            foreach (var child in hierarchy.ChildrenOf(slotUnits[s].Code))
            {
                if (slotOf.TryGetValue(child.Code, out var childSlot))
                {
                    childSlots.Add(childSlot);
                    parentSlot[childSlot] = s;
                }
                else if (batch.TryGetIndex(child.Code, out var row))
                {
                    rowSlot[row] = s;
                    leafCounts[s]++;
                }
            }
        }

        childSlotStart[slotUnits.Length] = childSlots.Count;

        var units = batch.UnitArray;
        for (var row = 0; row < rowSlot.Length; row++)
        {
            if (rowSlot[row] != int.MinValue)
            {
                continue;
            }

            var unit = units[row];
            if (unit.Code == hierarchy.Root.Code && slotUnits.Length == 0)
            {
                rowSlot[row] = -1;
                continue;
            }

            throw new ReportingException(
                ErrorCodes.HierarchyDefinition,
                hierarchy.Contains(unit.Code)
                    ? $"There is a report from {unit}, which has units below it in the hierarchy: its figures are computed from theirs. Send the reports of the units below it instead."
                    : $"There is a report from unit {unit.Code}, which is not in the hierarchy under {hierarchy.Root}. Add the unit to the hierarchy or leave the report out.");
        }

        // Counting sort of rows by slot; stable, so each slot's rows stay ascending and runs stay contiguous.
        var leafRowStart = new int[slotUnits.Length + 1];
        for (var s = 0; s < slotUnits.Length; s++)
        {
            leafRowStart[s + 1] = leafRowStart[s] + leafCounts[s];
        }

        var next = (int[])leafRowStart.Clone();
        var leafRows = new int[leafRowStart[slotUnits.Length]];
        for (var row = 0; row < rowSlot.Length; row++)
        {
            if (rowSlot[row] >= 0)
            {
                leafRows[next[rowSlot[row]]++] = row;
            }
        }

        // Runs of consecutive rows under one parent: one kernel call streams each (a batch built in hierarchy order has one run per parent).
        var slotRunStart = new int[slotUnits.Length + 1];
        var runFirst = new List<int>();
        var runLength = new List<int>();
        for (var s = 0; s < slotUnits.Length; s++)
        {
            slotRunStart[s] = runFirst.Count;
            var k = leafRowStart[s];
            while (k < leafRowStart[s + 1])
            {
                var first = leafRows[k];
                var run = 1;
                // Stryker disable once Arithmetic,Equality : equivalent, runs cut shorter sum the same rows
                while (k + run < leafRowStart[s + 1] && leafRows[k + run] == first + run)
                {
                    run++;
                }

                runFirst.Add(first);
                runLength.Add(run);
                k += run;
            }
        }

        slotRunStart[slotUnits.Length] = runFirst.Count;
        var (wideStart, wide) = WideRowsBySlot(batch, slotUnits.Length, rowSlot);
        return new RollUpPlan(hierarchy, slotUnits, slotOf, parentSlot, leafRowStart, leafRows, childSlotStart, childSlots.ToArray(), rowSlot)
        {
            SlotRunStart = slotRunStart,
            RunFirst = runFirst.ToArray(),
            RunLength = runLength.ToArray(),
            WideRowStart = wideStart,
            WideRows = wide,
        };
    }

    private static (int[] Slots, int[] ChunkStart) ChunksOfLeafSlots(int[] leafRowStart)
    {
        var slots = new List<int>();
        var chunkStart = new List<int> { 0 };
        var rows = 0;
        for (var s = 0; s + 1 < leafRowStart.Length; s++)
        {
            // Stryker disable once Arithmetic : equivalent, only moves the chunk boundaries, which decide which thread sums which slots
            var n = leafRowStart[s + 1] - leafRowStart[s];
            if (n == 0)
            {
                // Stryker disable once Statement : equivalent, only moves the chunk boundaries, which decide which thread sums which slots
                continue;
            }

            slots.Add(s);
            // Stryker disable once Assignment : equivalent, only moves the chunk boundaries, which decide which thread sums which slots
            rows += n;
            // Stryker disable once Equality,Boolean : equivalent, only moves the chunk boundaries, which decide which thread sums which slots
            if (rows >= ChunkRows)
            {
                chunkStart.Add(slots.Count);
                rows = 0;
            }
        }

        if (chunkStart[^1] != slots.Count)
        {
            chunkStart.Add(slots.Count);
        }

        return (slots.ToArray(), chunkStart.ToArray());
    }

    private static (int[] Start, int[] Rows) WideRowsBySlot(ReportBatch batch, int slots, int[] rowSlot)
    {
        var start = new int[slots + 1];
        // Stryker disable once Equality,Linq : equivalent, every wide row is below the count, and the order of the wide rows within a slot does not change a sum
        var bySlot = batch.Rows.WideRows.Where(r => r < batch.Count && rowSlot[r] >= 0).OrderBy(r => rowSlot[r]).ThenBy(r => r).ToArray();
        foreach (var row in bySlot)
        {
            start[rowSlot[row] + 1]++;
        }

        for (var s = 0; s < slots; s++)
        {
            start[s + 1] += start[s];
        }

        return (start, bySlot);
    }
}
