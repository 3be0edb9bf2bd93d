using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The result of rolling reports up a <see cref="UnitHierarchy"/>: one <see cref="RollUpResult"/> per unit with
/// children, each the checked sum of its direct children, with per-cell filled counts and which children reported.
/// Given by <see cref="ReportRollUp.RollUp"/>, <see cref="ReportBatch.RollUp"/> and
/// <see cref="IncrementalRollUp.Snapshot"/> alike. Immutable and thread-safe.
/// </summary>
public sealed class HierarchyRollUp
{
    private IReadOnlyDictionary<string, RollUpResult>? _results;

    internal HierarchyRollUp(RollUpTotals totals)
    {
        Totals = totals;
    }

    /// <summary>The hierarchy rolled up.</summary>
    public UnitHierarchy Hierarchy => Totals.Plan.Hierarchy!;

    /// <summary>The form.</summary>
    public ReportSchema Schema => Totals.State.Schema;

    /// <summary>The month.</summary>
    public YearMonth Period => Totals.State.Batch.Period;

    /// <summary>Every unit with children, each after all the units below it (the root last).</summary>
    public IReadOnlyList<OrganisationUnit> Units => Totals.Plan.SlotUnits;

    /// <summary>The root's result: the top-level combined figures.</summary>
    /// <exception cref="KeyNotFoundException">The hierarchy is a root alone, with no units below it.</exception>
    public RollUpResult Root => this[Hierarchy.Root.Code];

    /// <summary>Every unit with children, with its result.</summary>
    public IReadOnlyDictionary<string, RollUpResult> Results
        // Stryker disable once NullCoalescing : equivalent, a dictionary made twice by two threads is the same; one is kept
        => _results ?? Interlocked.CompareExchange(ref _results, Units.ToDictionary(u => u.Code, u => this[u.Code], StringComparer.Ordinal), null) ?? _results!;

    internal RollUpTotals Totals { get; }

    /// <summary>The result for a unit with children.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <exception cref="KeyNotFoundException">The unit is a leaf or not in the hierarchy.</exception>
    public RollUpResult this[string unitCode] => Totals.ResultOf(Totals.State.Slot(unitCode));

    /// <summary>Whether a unit has a roll-up (it is in the hierarchy and has children).</summary>
    /// <param name="unitCode">A unit code.</param>
    public bool Contains(string unitCode) => Totals.Plan.SlotOf.ContainsKey(Preconditions.CheckNotNull(unitCode));
}
