using System.Numerics;
using HuXiao.Reporting.Aggregation.Kernels;
using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// National totals that follow changes: starts from a full roll-up of a <see cref="ReportBatch"/>, then, when
/// one leaf's report changes, applies the difference along the leaf's path to the root only (a few hundred
/// additions instead of a full roll-up). Every figure equals what <see cref="ReportBatch.RollUp"/> and
/// <see cref="ReportRollUp.RollUp"/> give over the current leaf reports: sums, filled counts, reported units;
/// <see cref="Snapshot"/> gives them as the same <see cref="HierarchyRollUp"/>.
/// </summary>
/// <remarks>
/// <para>
/// This is a live view, so unlike the library's other types it changes: <see cref="Update"/> and
/// <see cref="Remove"/> change it, and every member is safe to call from several threads (each takes a short
/// lock). <see cref="ToReport"/> returns an immutable snapshot of one unit.
/// </para>
/// <para>
/// Sums stay exact: if a change would take any total on the path past the 64-bit range, the change is
/// refused with a <see cref="ReportOverflowException"/> and nothing is changed (a step that leaves the range only
/// on the way, and comes back, is settled exactly). The batch the view started from
/// is never changed. The caller decides which report is current: <see cref="Update"/> replaces the unit's
/// report whatever the revisions (pass the highest revision, as a roll-up would keep it).
/// </para>
/// </remarks>
public sealed class IncrementalRollUp
{
    private readonly Lock _gate = new();
    private readonly RollUpState _state;
    private readonly Dictionary<string, LeafChange> _changed = new(StringComparer.Ordinal);
    private readonly RollUpTotals _live;
    private long[] _scratch = [];

    private IncrementalRollUp(RollUpState state)
    {
        _state = state;
        _live = new RollUpTotals(state, new LeafReports(state.Batch, _changed));
    }

    /// <summary>The hierarchy.</summary>
    public UnitHierarchy Hierarchy => _state.Plan.Hierarchy!;

    /// <summary>The form.</summary>
    public ReportSchema Schema => _state.Schema;

    /// <summary>The month.</summary>
    public YearMonth Period => _state.Batch.Period;

    /// <summary>How many changes have been applied since the view was created.</summary>
    public long ChangeCount { get; private set; }

    /// <summary>The root's combined report, now.</summary>
    public MonthlyReport Root => ToReport(Hierarchy.Root.Code);

    /// <summary>Starts a view from a batch of leaf reports: a full roll-up, kept up to date afterwards.</summary>
    /// <param name="batch">The leaf reports.</param>
    /// <param name="hierarchy">The units.</param>
    /// <exception cref="ReportingException">A report is from a unit that is not a leaf of the hierarchy (<see cref="ErrorCodes.HierarchyDefinition"/>).</exception>
    /// <exception cref="ReportOverflowException">A total went past the 64-bit range.</exception>
    public static IncrementalRollUp Create(ReportBatch batch, UnitHierarchy hierarchy)
    {
        // The roll-up refuses a null hierarchy, naming it.
        return Create(Preconditions.CheckNotNull(batch).RollUp(hierarchy));
    }

    /// <summary>Starts a view from a completed roll-up over a hierarchy, without summing again.</summary>
    /// <param name="rollUp">A roll-up over a hierarchy (from <see cref="ReportBatch.RollUp"/> or <see cref="ReportRollUp.RollUp"/>).</param>
    public static IncrementalRollUp Create(HierarchyRollUp rollUp)
        => new(Preconditions.CheckNotNull(rollUp).Totals.State.Clone());

    /// <summary>
    /// Makes a report the current one of its unit (a first filing, or a correction) and updates every total on
    /// the unit's path to the root.
    /// </summary>
    /// <param name="report">A leaf unit's report on the view's form and month.</param>
    /// <exception cref="ReportingException">
    /// Another schema (<see cref="ErrorCodes.RollUpSchemaMismatch"/>) or period
    /// (<see cref="ErrorCodes.RollUpPeriodMismatch"/>), or a unit that is not a leaf of the hierarchy
    /// (<see cref="ErrorCodes.HierarchyDefinition"/>).
    /// </exception>
    /// <exception cref="ReportOverflowException">A total on the path would leave the 64-bit range; nothing was changed.</exception>
    public void Update(MonthlyReport report)
    {
        Preconditions.CheckNotNull(report);
        if (!report.Schema.IsSameForm(Schema))
        {
            throw new ReportingException(ErrorCodes.RollUpSchemaMismatch, $"Report {report} is on form {report.Schema}, but this roll-up combines form {Schema}.");
        }

        if (report.Period != Period)
        {
            throw new ReportingException(ErrorCodes.RollUpPeriodMismatch, $"Report {report} is for {report.Period:uuuu-MM}, but this roll-up is for {Period:uuuu-MM}.");
        }

        lock (_gate)
        {
            var (row, parentSlot) = Apply(report.Unit, report.RawValues, report.FilledBits, newPresent: true, out _);
            _changed[report.Unit.Code] = new LeafChange(report, row, parentSlot);
            ChangeCount++;
        }
    }

    /// <summary>Withdraws a unit's report: the unit no longer counts as reported, and the totals drop its figures.</summary>
    /// <param name="unitCode">A leaf unit's code.</param>
    /// <returns>Whether the unit had a report to withdraw.</returns>
    /// <exception cref="ReportingException">The unit is not a leaf of the hierarchy (<see cref="ErrorCodes.HierarchyDefinition"/>).</exception>
    public bool Remove(string unitCode)
    {
        Preconditions.CheckNotNull(unitCode);
        lock (_gate)
        {
            var unit = Hierarchy.Contains(unitCode) ? Hierarchy[unitCode] : new OrganisationUnit(unitCode, unitCode);
            var (row, parentSlot) = Apply(unit, default, default, newPresent: false, out var hadReport);
            if (!hadReport)
            {
                return false;
            }

            _changed[unitCode] = new LeafChange(null, row, parentSlot);
            ChangeCount++;
            return true;
        }
    }

    /// <summary>Every unit's totals as they are now, as an immutable roll-up that later changes do not reach.</summary>
    public HierarchyRollUp Snapshot()
    {
        lock (_gate)
        {
            return new HierarchyRollUp(new RollUpTotals(_state.Clone(), _live.Leaves.Snapshot()));
        }
    }

    /// <summary>A unit's combined value, now.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The sum, or <see langword="null"/> where no child filled the cell.</returns>
    /// <exception cref="KeyNotFoundException">The unit is a leaf or not in the hierarchy.</exception>
    public long? GetValue(string unitCode, int ordinal, ReportRow row)
    {
        lock (_gate)
        {
            return _state.GetValue(_state.Slot(unitCode), ordinal, row);
        }
    }

    /// <summary>A unit's combined value by indicator code, now.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <param name="indicatorCode">An indicator code.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The sum, or <see langword="null"/> where no child filled the cell.</returns>
    public long? GetValue(string unitCode, string indicatorCode, ReportRow row) => GetValue(unitCode, Schema[indicatorCode].Ordinal, row);

    /// <summary>How many of a unit's direct children that reported filled a cell, now.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public int FilledCount(string unitCode, int ordinal, ReportRow row)
    {
        lock (_gate)
        {
            return _state.FilledCount(_state.Slot(unitCode), ordinal, row);
        }
    }

    /// <summary>How many of a unit's direct children reported, now.</summary>
    /// <param name="unitCode">A unit with children.</param>
    public int ReportedCount(string unitCode)
    {
        lock (_gate)
        {
            return _state.Reported[_state.Slot(unitCode)];
        }
    }

    /// <summary>Codes of a unit's direct children that have not reported, in hierarchy order, now.</summary>
    /// <param name="unitCode">A unit with children.</param>
    public IReadOnlyList<string> MissingOf(string unitCode)
    {
        lock (_gate)
        {
            return _live.Missing(_state.Slot(unitCode));
        }
    }

    /// <summary>A snapshot of a unit's combined report, as <see cref="ReportRollUp.RollUp"/> would give it over the current leaf reports.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <exception cref="KeyNotFoundException">The unit is a leaf or not in the hierarchy.</exception>
    public MonthlyReport ToReport(string unitCode)
    {
        lock (_gate)
        {
            return _live.ToReport(_state.Slot(unitCode));
        }
    }

    /// <summary>The slot of a leaf's parent (−1 for a root that is itself a leaf); refuses a unit that is not a leaf.</summary>
    private int ParentSlotOf(OrganisationUnit unit, int row)
    {
        // Stryker disable once all : equivalent, a fast path: a unit in the batch has the parent slot the plan gave its row, the same slot the hierarchy gives below
        if (row >= 0)
        {
            return _state.Plan.RowSlot[row];
        }

        var hierarchy = Hierarchy;
        if (!hierarchy.Contains(unit.Code) || !hierarchy.IsLeaf(unit.Code))
        {
            throw new ReportingException(
                ErrorCodes.HierarchyDefinition,
                hierarchy.Contains(unit.Code)
                    ? $"{unit} has units below it in the hierarchy: its figures are computed from theirs. Send the reports of the units below it instead."
                    : $"Unit {unit.Code} is not in the hierarchy under {hierarchy.Root}. Add the unit to the hierarchy first.");
        }

        return hierarchy.ParentOf(unit.Code) is { } parent ? _state.Plan.SlotOf[parent.Code] : -1;
    }

    /// <summary>
    /// Replaces a leaf's figures along its path to the root; returns where the leaf sits, and whether it had a report
    /// before (when it had none and gets none, nothing changes).
    /// </summary>
    private (int Row, int ParentSlot) Apply(OrganisationUnit unit, ReadOnlySpan<long> newValues, ReadOnlySpan<ulong> newFilled, bool newPresent, out bool oldPresent)
    {
        var plan = _state.Plan;
        var cells = _state.Cells;
        var words = _state.Words;
        MonthlyReport? oldReport = null;
        int batchRow;
        int parentSlot;
        if (_changed.TryGetValue(unit.Code, out var change))
        {
            (oldReport, batchRow, parentSlot) = change;
            oldPresent = oldReport is not null;
        }
        else
        {
            batchRow = _state.Batch.TryGetIndex(unit.Code, out var r) ? r : -1;
            parentSlot = ParentSlotOf(unit, batchRow);
            oldPresent = batchRow >= 0;
        }

        if (!oldPresent && !newPresent)
        {
            return (batchRow, parentSlot);
        }

        var depth = 0;
        for (var s = parentSlot; s >= 0; s = plan.ParentSlot[s])
        {
            depth++;
        }

        if (depth == 0)
        {
            return (batchRow, parentSlot);
        }

        // Scratch for the old leaf's values and the new totals along the path: the lock makes one buffer enough.
        // Stryker disable once all : equivalent, reusing the scratch buffer or allocating a new one gives the same sums
        var scratch = _scratch.Length >= (depth + 1) * cells ? _scratch : _scratch = new long[(depth + 1) * cells];
        ReadOnlySpan<long> oldValues = default;
        ReadOnlySpan<ulong> oldFilled = default;
        if (oldPresent)
        {
            if (oldReport is not null)
            {
                oldValues = oldReport.RawValues;
                oldFilled = oldReport.FilledBits;
            }
            else
            {
                var copy = scratch.AsSpan(depth * cells, cells);
                _state.Batch.Rows.CopyValues(batchRow, copy);
                oldValues = copy;
                oldFilled = _state.Batch.Rows.Filled(batchRow);
            }
        }

        // 1. The new sums along the path, exact, into scratch; nothing changes if one would overflow.
        var childOld = oldValues;
        var childNew = newValues;
        var level = 0;
        for (var s = parentSlot; s >= 0; s = plan.ParentSlot[s], level++)
        {
            var current = _state.ValuesOf(s);
            var next = scratch.AsSpan(level * cells, cells);
            if (!CheckedSums.TryReplace(current, childOld, childNew, next))
            {
                ReplaceExactly(current, childOld, childNew, next, $"in the total of {plan.SlotUnits[s]} when {(newPresent ? "taking in" : "withdrawing")} the report of {unit}");
            }

            childOld = current;
            childNew = next;
        }

        level = 0;
        for (var s = parentSlot; s >= 0; s = plan.ParentSlot[s], level++)
        {
            scratch.AsSpan(level * cells, cells).CopyTo(_state.ValuesOf(s));
        }

        // 2. Filled counts, filled bits and reported units, level by level, while anything still changes (stackalloc is
        // zeroed: the project does not skip locals' initialisation).
        Span<ulong> childOldBits = stackalloc ulong[words];
        Span<ulong> childNewBits = stackalloc ulong[words];
        Span<ulong> before = stackalloc ulong[words];
        if (!oldFilled.IsEmpty)
        {
            oldFilled.CopyTo(childOldBits);
        }

        if (!newFilled.IsEmpty)
        {
            newFilled.CopyTo(childNewBits);
        }

        var childWasPresent = oldPresent;
        var childIsPresent = newPresent;
        for (var s = parentSlot; s >= 0; s = plan.ParentSlot[s])
        {
            var filled = _state.FilledOf(s);
            var counts = _state.CountsOf(s);
            filled.CopyTo(before);
            var wasPresent = _state.Reported[s] > 0;
            _state.Reported[s] += (childIsPresent ? 1 : 0) - (childWasPresent ? 1 : 0);
            for (var w = 0; w < words; w++)
            {
                var changed = childOldBits[w] ^ childNewBits[w];
                while (changed != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(changed);
                    var cell = (w << 6) + bit;
                    var count = counts[cell] += (childNewBits[w] & (1UL << bit)) != 0 ? 1 : -1;
                    filled[w] = count > 0 ? filled[w] | (1UL << bit) : filled[w] & ~(1UL << bit);
                    changed &= changed - 1;
                }
            }

            var isPresent = _state.Reported[s] > 0;
            // Stryker disable all : equivalent, stopping where nothing changes any more only saves the levels above, whose counts and bits would be left as they are
            if (isPresent == wasPresent && filled.SequenceEqual(before))
            {
                break;
            }

            // Stryker restore all
            before.CopyTo(childOldBits);
            filled.CopyTo(childNewBits);
            childWasPresent = wasPresent;
            childIsPresent = isPresent;
        }

        return (batchRow, parentSlot);
    }

    /// <summary>total − old + new, cell by cell in 128-bit arithmetic; refuses the change when a result does not fit 64 bits.</summary>
    private void ReplaceExactly(ReadOnlySpan<long> total, ReadOnlySpan<long> old, ReadOnlySpan<long> added, Span<long> result, string context)
    {
        for (var c = 0; c < total.Length; c++)
        {
            var exact = (Int128)total[c] - (old.IsEmpty ? 0 : old[c]) + (added.IsEmpty ? 0 : added[c]);
            if (!CheckedMath.Fits(exact))
            {
                throw _state.Overflow(c, context);
            }

            result[c] = (long)exact;
        }
    }
}
