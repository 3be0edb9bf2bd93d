using HuXiao.Reporting.Internal;
using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The result of <see cref="ReportBatch.RollUp"/>: for every unit with children, the checked sum of its
/// children's reports (both rows), per cell how many of its direct children filled it, and which children
/// reported. The same figures as <see cref="ReportRollUp.RollUp"/>, kept in flat arrays. Immutable and
/// thread-safe.
/// </summary>
public sealed class ReportBatchRollUp
{
    private readonly RollUpState _state;

    private ReportBatchRollUp(RollUpState state)
    {
        _state = state;
    }

    /// <summary>The hierarchy rolled up.</summary>
    public UnitHierarchy Hierarchy => _state.Plan.Hierarchy;

    /// <summary>The form.</summary>
    public ReportSchema Schema => _state.Schema;

    /// <summary>The month.</summary>
    public YearMonth Period => _state.Batch.Period;

    /// <summary>The batch of leaf reports rolled up.</summary>
    public ReportBatch Batch => _state.Batch;

    /// <summary>Every unit with children, each after all the units below it (the root last).</summary>
    public IReadOnlyList<OrganisationUnit> Units => _state.Plan.SlotUnits;

    /// <summary>The root's combined report.</summary>
    /// <exception cref="KeyNotFoundException">The hierarchy is a root alone, with no units below it.</exception>
    public MonthlyReport Root => ToReport(Hierarchy.Root.Code);

    internal RollUpState State => _state;

    /// <summary>Whether a unit has a roll-up (it is in the hierarchy and has children).</summary>
    /// <param name="unitCode">A unit code.</param>
    public bool Contains(string unitCode) => _state.Plan.SlotOf.ContainsKey(Preconditions.CheckNotNull(unitCode));

    /// <summary>A unit's combined value.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The sum of the children's filled cells, or <see langword="null"/> where none filled it.</returns>
    /// <exception cref="KeyNotFoundException">The unit is a leaf or not in the hierarchy.</exception>
    public long? GetValue(string unitCode, int ordinal, ReportRow row) => _state.GetValue(_state.Slot(unitCode), ordinal, row);

    /// <summary>A unit's combined value, by indicator code.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <param name="indicatorCode">An indicator code.</param>
    /// <param name="row">新增 or 合计.</param>
    /// <returns>The sum, or <see langword="null"/> where none filled it.</returns>
    public long? GetValue(string unitCode, string indicatorCode, ReportRow row) => GetValue(unitCode, Schema[indicatorCode].Ordinal, row);

    /// <summary>A unit's combined cells as stored: 新增 row then 合计 row, a blank holding 0. A view, not a copy.</summary>
    /// <param name="unitCode">A unit with children.</param>
    public ReadOnlySpan<long> GetRawValues(string unitCode) => _state.Values.AsSpan(_state.Slot(unitCode) * _state.Cells, _state.Cells);

    /// <summary>How many of a unit's direct children that reported filled a cell.</summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public int FilledCount(string unitCode, int ordinal, ReportRow row) => _state.FilledCount(_state.Slot(unitCode), ordinal, row);

    /// <summary>How many of a unit's direct children reported: a leaf with a report in the batch, or a unit with children of which at least one reported.</summary>
    /// <param name="unitCode">A unit with children.</param>
    public int ReportedCount(string unitCode) => _state.Reported[_state.Slot(unitCode)];

    /// <summary>Codes of a unit's direct children that did not report, in hierarchy order.</summary>
    /// <param name="unitCode">A unit with children.</param>
    public IReadOnlyList<string> MissingOf(string unitCode) => _state.Missing(_state.Slot(unitCode), code => Batch.TryGetIndex(code, out _));

    /// <summary>
    /// A unit's combined report, as <see cref="ReportRollUp.RollUp"/> would give it: the sums, blank where no
    /// child filled a cell, the case details from below in unit-code order, and no filing.
    /// </summary>
    /// <param name="unitCode">A unit with children.</param>
    /// <exception cref="KeyNotFoundException">The unit is a leaf or not in the hierarchy.</exception>
    public MonthlyReport ToReport(string unitCode)
        => _state.ToReport(_state.Slot(unitCode), code => Batch.TryGetIndex(code, out var row) ? Batch.CasesOrNull(row) : null);

    internal static ReportBatchRollUp Compute(ReportBatch batch, RollUpPlan plan, int maxDegreeOfParallelism)
    {
        var state = new RollUpState(batch, plan);
        state.Compute(maxDegreeOfParallelism);
        return new ReportBatchRollUp(state);
    }
}
