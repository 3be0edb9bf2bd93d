namespace HuXiao.Compliance;

/// <summary>Which data a rate's bounds come from: say which bounds a finding uses.</summary>
public enum BoundsBasis
{
    /// <summary>The totals of the report judged: lower = max(0, A18 − A03) / A02, upper = min(A18, A02) / A02.</summary>
    ReportTotals,

    /// <summary>The units' own reports: each bound's numerator summed over the units, over the report's A02 (tighter).</summary>
    UnitReports,

    /// <summary>Per-campus data from a register: the rate itself, so lower = upper.</summary>
    Exact,
}
