using HuXiao.Reporting.Internal;
using NodaTime;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// Combines reports: children into their parent for one period, or a whole <see cref="UnitHierarchy"/> level
/// by level. A blank adds nothing (blank + v = v, blank + blank = blank); sums are checked, so an overflow is
/// a <see cref="ReportOverflowException"/>, never a wrapped number. Stateless and thread-safe.
/// </summary>
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
    /// <exception cref="ReportOverflowException">A sum went past the 64-bit range.</exception>
    public static RollUpResult Combine(ReportSchema schema, OrganisationUnit parent, YearMonth period, IEnumerable<MonthlyReport> reports, IEnumerable<string>? expectedUnitCodes = null)
    {
        Preconditions.CheckNotNull(schema);
        Preconditions.CheckNotNull(parent);
        Preconditions.CheckNotNull(reports);

        var (used, superseded) = SelectLatest(schema, period, reports);
        var cells = schema.Count * 2;
        var values = new long[cells];
        var filled = new ulong[MonthlyReportBuilder.FilledWords(schema.Count)];
        var counts = new int[cells];
        var cases = new List<CaseDetail>();
        var overflowed = false;
        foreach (var report in used)
        {
            overflowed |= !CellKernels.TryAddInto(values, report.RawValues);
            CellKernels.AccumulateFilled(filled, report.FilledBits, counts);
            cases.AddRange(report.Cases);
        }

        if (overflowed)
        {
            // A running sum left the range; the total may still fit (large values of both signs). Settle it exactly.
            SumExactly(schema, used, values);
        }

        string[] missing = [];
        OrganisationUnit[] unexpected = [];
        if (expectedUnitCodes is not null)
        {
            var expected = expectedUnitCodes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToArray();
            var reported = used.Select(r => r.Unit.Code).ToHashSet(StringComparer.Ordinal);
            missing = expected.Where(c => !reported.Contains(c)).ToArray();
            var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
            unexpected = used.Where(r => !expectedSet.Contains(r.Unit.Code)).Select(r => r.Unit).ToArray();
        }

        var combined = MonthlyReportBuilder.FromArrays(schema, parent, period, values, filled, ReportFiling.Unfiled, cases.ToArray());
        return new RollUpResult(combined, used, missing, unexpected, superseded, counts);
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
    /// <exception cref="ReportOverflowException">A sum went past the 64-bit range.</exception>
    public static HierarchyRollUp RollUp(UnitHierarchy hierarchy, ReportSchema schema, YearMonth period, IEnumerable<MonthlyReport> leafReports)
    {
        Preconditions.CheckNotNull(hierarchy);
        Preconditions.CheckNotNull(schema);
        var byUnit = new Dictionary<string, List<MonthlyReport>>(StringComparer.Ordinal);
        foreach (var report in Preconditions.CheckNotNull(leafReports))
        {
            Preconditions.CheckNotNull(report);
            if (!hierarchy.Contains(report.Unit.Code) || !hierarchy.IsLeaf(report.Unit.Code))
            {
                throw new ReportingException(
                    ErrorCodes.HierarchyDefinition,
                    hierarchy.Contains(report.Unit.Code)
                        ? $"Report {report} is from {report.Unit}, which has units below it in the hierarchy: its figures are computed from theirs. Send the reports of the units below it instead."
                        : $"Report {report} is from unit {report.Unit.Code}, which is not in the hierarchy under {hierarchy.Root}. Add the unit to the hierarchy or leave the report out.");
            }

            if (!byUnit.TryGetValue(report.Unit.Code, out var list))
            {
                byUnit[report.Unit.Code] = list = [];
            }

            list.Add(report);
        }

        var results = new Dictionary<string, RollUpResult>(StringComparer.Ordinal);
        Compute(hierarchy.Root);
        return new HierarchyRollUp(hierarchy, results);

        // Returns the unit's reports (leaf) or its combined report (parent); empty when nothing below it reported.
        IReadOnlyList<MonthlyReport> Compute(OrganisationUnit unit)
        {
            if (hierarchy.IsLeaf(unit.Code))
            {
                return byUnit.TryGetValue(unit.Code, out var own) ? own : [];
            }

            var children = hierarchy.ChildrenOf(unit.Code);
            var inputs = new List<MonthlyReport>();
            foreach (var child in children)
            {
                inputs.AddRange(Compute(child));
            }

            var result = Combine(schema, unit, period, inputs, children.Select(c => c.Code));
            results[unit.Code] = result;
            return result.Used.Count == 0 ? [] : [result.Report];
        }
    }

    private static (MonthlyReport[] Used, SupersededReport[] Superseded) SelectLatest(ReportSchema schema, YearMonth period, IEnumerable<MonthlyReport> reports)
    {
        var latest = new Dictionary<string, MonthlyReport>(StringComparer.Ordinal);
        var superseded = new List<SupersededReport>();
        foreach (var report in reports)
        {
            Preconditions.CheckNotNull(report);
            if (!report.Schema.IsSameForm(schema))
            {
                throw new ReportingException(ErrorCodes.RollUpSchemaMismatch, $"Report {report} is on form {report.Schema}, but this roll-up combines form {schema}. Combine each form separately.");
            }

            if (report.Period != period)
            {
                throw new ReportingException(ErrorCodes.RollUpPeriodMismatch, $"Report {report} is for {report.Period:uuuu-MM}, but this roll-up is for {period:uuuu-MM}. Combine each month separately.");
            }

            if (latest.TryGetValue(report.Unit.Code, out var other))
            {
                if (other.Revision == report.Revision)
                {
                    throw new ReportingException(ErrorCodes.DuplicateReport, $"Unit {report.Unit} filed two reports for {period:uuuu-MM} with revision {report.Revision}. A correction must carry a higher revision; remove one of the two.");
                }

                var (keep, drop) = report.Revision > other.Revision ? (report, other) : (other, report);
                superseded.Add(new SupersededReport(drop.Unit, drop.Revision, keep.Revision));
                latest[report.Unit.Code] = keep;
            }
            else
            {
                latest[report.Unit.Code] = report;
            }
        }

        // A superseded revision might itself have replaced an earlier one: report the final replacement.
        var final = superseded.Select(s => s with { ReplacedBy = latest[s.Unit.Code].Revision }).OrderBy(s => s.Unit.Code, StringComparer.Ordinal).ThenBy(s => s.Revision).ToArray();
        var used = latest.Values.OrderBy(r => r.Unit.Code, StringComparer.Ordinal).ToArray();
        return (used, final);
    }

    private static void SumExactly(ReportSchema schema, IReadOnlyList<MonthlyReport> used, long[] values)
    {
        for (var cell = 0; cell < values.Length; cell++)
        {
            Int128 sum = 0;
            foreach (var report in used)
            {
                sum += report.RawValues[cell];
            }

            if (sum > long.MaxValue || sum < long.MinValue)
            {
                var row = cell < schema.Count ? ReportRow.New : ReportRow.Total;
                var units = string.Join(", ", used.Where(r => r.RawValues[cell] != 0).Select(r => r.Unit.Code).Take(10));
                throw new ReportOverflowException(schema[cell % schema.Count], row, $"when adding the reports of {units}");
            }

            values[cell] = (long)sum;
        }
    }
}
