namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// A combined report and what went into it: which expected units reported and which are missing, reports
/// replaced by higher revisions, and per cell how many units filled it. Immutable and thread-safe.
/// </summary>
public sealed class RollUpResult
{
    private readonly int[] _filledCounts;

    internal RollUpResult(MonthlyReport report, IReadOnlyList<MonthlyReport> used, IReadOnlyList<string> missing, IReadOnlyList<OrganisationUnit> unexpected, IReadOnlyList<SupersededReport> superseded, int[] filledCounts)
    {
        Report = report;
        Used = used;
        Missing = missing;
        Unexpected = unexpected;
        Superseded = superseded;
        _filledCounts = filledCounts;
    }

    /// <summary>The parent's report: every cell the sum of the children's filled cells, blank where none filled it.</summary>
    public MonthlyReport Report { get; }

    /// <summary>The children's reports that were added, one per unit, in unit-code order.</summary>
    public IReadOnlyList<MonthlyReport> Used { get; }

    /// <summary>The units that reported, in unit-code order.</summary>
    public IEnumerable<OrganisationUnit> Reported => Used.Select(r => r.Unit);

    /// <summary>Codes of the expected units that did not report, in the order they were expected.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Units that reported but were not among the expected ones (empty when no expectation was given).</summary>
    public IReadOnlyList<OrganisationUnit> Unexpected { get; }

    /// <summary>Reports replaced by a higher revision from the same unit.</summary>
    public IReadOnlyList<SupersededReport> Superseded { get; }

    /// <summary>How many of the used reports filled a cell.</summary>
    /// <param name="ordinal">The indicator's <see cref="Indicator.Ordinal"/>.</param>
    /// <param name="row">新增 or 合计.</param>
    public int FilledCount(int ordinal, ReportRow row) => _filledCounts[Report.Cell(ordinal, row)];

    /// <summary>How many of the used reports filled a cell.</summary>
    /// <param name="code">An indicator code.</param>
    /// <param name="row">新增 or 合计.</param>
    public int FilledCount(string code, ReportRow row) => FilledCount(Report.Schema[code].Ordinal, row);
}
