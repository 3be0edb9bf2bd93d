namespace HuXiao.Reporting.Aggregation;

/// <summary>The result of rolling reports up a <see cref="UnitHierarchy"/>: one <see cref="RollUpResult"/> per unit with children. Immutable.</summary>
public sealed class HierarchyRollUp
{
    private readonly IReadOnlyDictionary<string, RollUpResult> _results;

    internal HierarchyRollUp(UnitHierarchy hierarchy, IReadOnlyDictionary<string, RollUpResult> results)
    {
        Hierarchy = hierarchy;
        _results = results;
    }

    /// <summary>The hierarchy rolled up.</summary>
    public UnitHierarchy Hierarchy { get; }

    /// <summary>The root's result: the top-level combined report.</summary>
    public RollUpResult Root => _results[Hierarchy.Root.Code];

    /// <summary>The result for a unit with children.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <exception cref="KeyNotFoundException">The unit is a leaf or not in the hierarchy.</exception>
    public RollUpResult this[string unitCode]
        => _results.TryGetValue(unitCode, out var result) ? result : throw new KeyNotFoundException($"Unit '{unitCode}' has no roll-up: it is a leaf or not in the hierarchy.");

    /// <summary>Every unit with children, with its result.</summary>
    public IReadOnlyDictionary<string, RollUpResult> Results => _results;
}
