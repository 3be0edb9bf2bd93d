namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// How a <see cref="ReportBatch"/> maps onto a <see cref="UnitHierarchy"/>: every unit with children gets a slot
/// (children's slots before their parents'), and the batch's rows are grouped by the slot of their parent.
/// Built once per batch and hierarchy, then shared by every roll-up over them. Immutable.
/// </summary>
internal sealed class RollUpPlan
{
    private RollUpPlan(
        UnitHierarchy hierarchy,
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
    }

    internal UnitHierarchy Hierarchy { get; }

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

    /// <summary>Runs of slot s are <c>RunFirst/RunLength[SlotRunStart[s]..SlotRunStart[s + 1]]</c>: consecutive rows.</summary>
    internal int[] SlotRunStart { get; private init; } = [];

    internal int[] RunFirst { get; private init; } = [];

    internal int[] RunLength { get; private init; } = [];

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
                    ? $"The batch holds a report from {unit}, which has units below it in the hierarchy: its figures are computed from theirs. Send the reports of the units below it instead."
                    : $"The batch holds a report from unit {unit.Code}, which is not in the hierarchy under {hierarchy.Root}. Add the unit to the hierarchy or leave the report out.");
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
        return new RollUpPlan(hierarchy, slotUnits, slotOf, parentSlot, leafRowStart, leafRows, childSlotStart, childSlots.ToArray(), rowSlot)
        {
            SlotRunStart = slotRunStart,
            RunFirst = runFirst.ToArray(),
            RunLength = runLength.ToArray(),
        };
    }
}
