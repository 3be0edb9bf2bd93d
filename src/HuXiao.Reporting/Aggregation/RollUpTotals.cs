namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// A computed roll-up: the engine's totals and the leaf reports they were computed from. Answers, per unit with
/// children, which direct children reported and which did not, and the unit's combined report; hands out one
/// <see cref="RollUpResult"/> per unit. Read-only once computed (the incremental roll-up's live view reads it under
/// its lock).
/// </summary>
internal sealed class RollUpTotals
{
    private readonly RollUpResult?[] _results;

    internal RollUpTotals(RollUpState state, LeafReports leaves)
    {
        State = state;
        Leaves = leaves;
        _results = new RollUpResult?[state.Plan.SlotCount];
    }

    internal RollUpState State { get; }

    internal LeafReports Leaves { get; }

    internal RollUpPlan Plan => State.Plan;

    /// <summary>The result of one unit with children; the same instance on every call.</summary>
    internal RollUpResult ResultOf(int slot)
        // Stryker disable once NullCoalescing : equivalent, a result made twice by two threads is the same; one is kept
        => _results[slot] ?? Interlocked.CompareExchange(ref _results[slot], new RollUpResult(this, slot), null) ?? _results[slot]!;

    /// <summary>A unit's direct children with their slot (−1 for a leaf), in hierarchy order; for a flat roll-up every report's unit, in batch order.</summary>
    internal IEnumerable<(OrganisationUnit Unit, int Slot)> ChildrenOf(int slot)
    {
        if (Plan.Hierarchy is { } hierarchy)
        {
            foreach (var child in hierarchy.ChildrenOf(Plan.SlotUnits[slot].Code))
            {
                yield return (child, Plan.SlotOf.TryGetValue(child.Code, out var childSlot) ? childSlot : -1);
            }
        }
        else
        {
            for (var row = 0; row < State.Batch.Count; row++)
            {
                yield return (State.Batch.UnitArray[row], -1);
            }
        }
    }

    internal bool IsReported((OrganisationUnit Unit, int Slot) child)
        => child.Slot >= 0 ? State.Reported[child.Slot] > 0 : Leaves.IsReported(child.Unit.Code);

    /// <summary>The direct children that reported, in unit-code order.</summary>
    internal (OrganisationUnit Unit, int Slot)[] ReportedChildren(int slot)
        => ChildrenOf(slot).Where(IsReported).OrderBy(c => c.Unit.Code, StringComparer.Ordinal).ToArray();

    /// <summary>The reports a unit's total was added from, one per reporting child, in unit-code order.</summary>
    internal MonthlyReport[] Used(int slot)
        => ReportedChildren(slot).Select(c => c.Slot >= 0 ? ResultOf(c.Slot).Report : Leaves.ReportOf(c.Unit.Code)!).ToArray();

    /// <summary>Codes of a unit's direct children that did not report, in hierarchy order (none for a flat roll-up).</summary>
    internal string[] Missing(int slot)
        // Stryker disable once Conditional : equivalent, a flat roll-up's children are its reports, all of them reported
        => Plan.Hierarchy is null ? [] : ChildrenOf(slot).Where(c => !IsReported(c)).Select(c => c.Unit.Code).ToArray();

    /// <summary>Reports of a unit's leaf children left out for a higher revision.</summary>
    internal SupersededReport[] Superseded(int slot)
    {
        var batch = State.Batch;
        return Plan.Hierarchy is null
            ? [.. batch.Superseded]
            : batch.Superseded.Where(s => batch.TryGetIndex(s.Unit.Code, out var row) && Plan.RowSlot[row] == slot).ToArray();
    }

    /// <summary>A unit's combined report: the sums, blank where no child filled a cell, the case details from below in unit-code order, no filing.</summary>
    internal MonthlyReport ToReport(int slot)
    {
        var cases = new List<CaseDetail>();
        if (Leaves.MayHaveCases)
        {
            GatherCases(slot, cases);
        }

        return MonthlyReportBuilder.FromArrays(
            State.Schema,
            Plan.SlotUnits[slot],
            State.Batch.Period,
            State.ValuesOf(slot).ToArray(),
            State.FilledOf(slot).ToArray(),
            ReportFiling.Unfiled,
            cases.ToArray());
    }

    private void GatherCases(int slot, List<CaseDetail> into)
    {
        foreach (var child in ReportedChildren(slot))
        {
            if (child.Slot >= 0)
            {
                GatherCases(child.Slot, into);
            }
            else if (Leaves.CasesOf(child.Unit.Code) is { } cases)
            {
                into.AddRange(cases);
            }
        }
    }
}
