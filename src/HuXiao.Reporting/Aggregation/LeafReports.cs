namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The current report of each leaf unit of a roll-up: the batch's, unless an <see cref="IncrementalRollUp"/> has
/// changed or withdrawn it since. Read-only for a computed roll-up; the incremental roll-up's own view follows its
/// changes (under its lock).
/// </summary>
internal sealed class LeafReports
{
    private readonly IReadOnlyDictionary<string, LeafChange>? _changed;

    internal LeafReports(ReportBatch batch, IReadOnlyDictionary<string, LeafChange>? changed = null)
    {
        Batch = batch;
        _changed = changed;
    }

    internal ReportBatch Batch { get; }

    /// <summary>Whether any current leaf report may carry case details (when none does, a total's cases need no walk).</summary>
    // Stryker disable once Equality,Linq : equivalent, a fast path: when any report may carry cases, the totals walk every report for them and find the same
    internal bool MayHaveCases => Batch.HasCases || (_changed is not null && _changed.Values.Any(c => c.Report is { Cases.Count: > 0 }));

    /// <summary>Whether a leaf has a current report; when it does, either the changed report or its batch row.</summary>
    internal bool TryGetCurrent(string code, out MonthlyReport? changed, out int row)
    {
        // Stryker disable once Unary : equivalent, the row is not read when the unit's change is known
        row = -1;
        if (_changed is not null && _changed.TryGetValue(code, out var change))
        {
            changed = change.Report;
            return changed is not null;
        }

        changed = null;
        return Batch.TryGetIndex(code, out row);
    }

    internal bool IsReported(string code) => TryGetCurrent(code, out _, out _);

    /// <summary>The leaf's current report, or <see langword="null"/> when it has none.</summary>
    internal MonthlyReport? ReportOf(string code)
        => TryGetCurrent(code, out var changed, out var row) ? changed ?? Batch.ToReport(row) : null;

    /// <summary>The case details of the leaf's current report, or <see langword="null"/> when it has none or no cases.</summary>
    internal IReadOnlyList<CaseDetail>? CasesOf(string code)
        => TryGetCurrent(code, out var changed, out var row) ? changed?.Cases ?? Batch.CasesOrNull(row) : null;

    /// <summary>A copy that no later change reaches.</summary>
    internal LeafReports Snapshot()
        // Stryker disable once Conditional : equivalent, copying an empty set of changes gives the same snapshot
        => _changed is null ? this : new(Batch, new Dictionary<string, LeafChange>(_changed, StringComparer.Ordinal));
}
