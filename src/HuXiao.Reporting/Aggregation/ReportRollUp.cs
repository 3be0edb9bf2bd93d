using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Combines reports: children into their parent for one period, or a whole <see cref="UnitHierarchy"/> level
/// by level. A blank adds nothing (blank + v = v, blank + blank = blank); sums are checked, so an overflow is
/// a <see cref="ReportOverflowException"/>, never a wrapped number. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Which roll-up to use:</para>
/// <list type="bullet">
/// <item><see cref="Combine"/> — reports you hold as <see cref="MonthlyReport"/>s, into one parent (a city from its districts).</item>
/// <item><see cref="RollUp"/> — reports you hold as <see cref="MonthlyReport"/>s, up a hierarchy of any depth.</item>
/// <item><see cref="ReportBatch.RollUp"/> — many reports held in a <see cref="ReportBatch"/> (a province, a nation), up a hierarchy, on all cores.</item>
/// <item><see cref="IncrementalRollUp"/> — totals kept up to date while reports arrive one by one.</item>
/// </list>
/// <para>
/// All four run the same engine and give the same figures; each unit's result is an <see cref="IRollUpResult"/>
/// (<see cref="RollUpResult"/>). A unit's reports are selected the same way everywhere: the highest revision
/// replaces the others, and two with the same revision are refused.
/// </para>
/// </remarks>
public static class ReportRollUp
{
    /// <summary>Combines child reports into the parent's report for one period.</summary>
    /// <param name="schema">The form every report must be on.</param>
    /// <param name="parent">The unit the combined report is for.</param>
    /// <param name="period">The period every report must cover.</param>
    /// <param name="reports">The children's reports; several revisions from one unit are allowed, and the highest is used.</param>
    /// <param name="expectedUnitCodes">The units that should report, to list the missing; optional.</param>
    /// <returns>The combined report and what went into it.</returns>
    /// <exception cref="ReportingException">
    /// A report is of another schema (<see cref="ErrorCodes.RollUpSchemaMismatch"/>) or period
    /// (<see cref="ErrorCodes.RollUpPeriodMismatch"/>), or one unit filed two reports with the same revision
    /// (<see cref="ErrorCodes.DuplicateReport"/>).
    /// </exception>
    /// <exception cref="ReportOverflowException">A total went past the 64-bit range.</exception>
    public static RollUpResult Combine(ReportSchema schema, OrganisationUnit parent, YearMonth period, IEnumerable<MonthlyReport> reports, IEnumerable<string>? expectedUnitCodes = null)
    {
        Preconditions.CheckNotNull(parent);
        var batch = ReportBatch.Collect(schema, period, reports, keepReports: true);
        var state = new RollUpState(batch, RollUpPlan.Flat(parent, batch));
        state.Compute(-1);
        var totals = new RollUpTotals(state, new LeafReports(batch));

        string[] missing = [];
        OrganisationUnit[] unexpected = [];
        if (expectedUnitCodes is not null)
        {
            var expected = expectedUnitCodes.Select(c => Preconditions.CheckNotNull(c, nameof(expectedUnitCodes)).Trim()).Distinct(StringComparer.Ordinal).ToArray();
            missing = expected.Where(c => !batch.TryGetIndex(c, out _)).ToArray();
            var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
            unexpected = batch.Units.Where(u => !expectedSet.Contains(u.Code)).OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
        }

        return new RollUpResult(totals, 0, missing, unexpected);
    }

    /// <summary>
    /// Rolls reports up a hierarchy of any depth: leaves' reports are combined into their parents, those into
    /// theirs, up to the root. A unit above the leaves is computed, never read from a report.
    /// </summary>
    /// <param name="hierarchy">The units.</param>
    /// <param name="schema">The form.</param>
    /// <param name="period">The period.</param>
    /// <param name="leafReports">Reports of leaf units; several revisions per unit are allowed.</param>
    /// <returns>The combined result of every unit that has children.</returns>
    /// <exception cref="ReportingException">
    /// As <see cref="Combine"/>; also a report from a unit that is not a leaf of the hierarchy
    /// (<see cref="ErrorCodes.HierarchyDefinition"/>).
    /// </exception>
    /// <exception cref="ReportOverflowException">A total went past the 64-bit range.</exception>
    public static HierarchyRollUp RollUp(UnitHierarchy hierarchy, ReportSchema schema, YearMonth period, IEnumerable<MonthlyReport> leafReports)
    {
        // The batch refuses a null schema and the roll-up a null hierarchy, each naming it.
        return ReportBatch.Collect(schema, period, Preconditions.CheckNotNull(leafReports), keepReports: true).RollUp(hierarchy);
    }
}
