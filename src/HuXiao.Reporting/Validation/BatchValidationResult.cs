using HuXiao.Reporting.Aggregation;

namespace HuXiao.Reporting.Validation;

/// <summary>
/// Every finding of a rule set over a <see cref="ReportBatch"/>: for each report, in index order, exactly the
/// findings <see cref="RuleSet.Validate"/> gives for it, in rule order. <see cref="IsValid"/> is true when no
/// finding is an error. Immutable and thread-safe.
/// </summary>
public sealed class BatchValidationResult
{
    internal BatchValidationResult(ReportBatch batch, IReadOnlyList<ValidationFinding> findings, int reportsWithFindings)
    {
        Batch = batch;
        Findings = findings;
        ReportsWithFindings = reportsWithFindings;
    }

    /// <summary>The batch that was checked.</summary>
    public ReportBatch Batch { get; }

    /// <summary>How many reports were checked.</summary>
    public int ReportCount => Batch.Count;

    /// <summary>How many reports have at least one finding (error or warning).</summary>
    public int ReportsWithFindings { get; }

    /// <summary>Every finding, by report index, then in rule order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>Whether no finding is an error.</summary>
    public bool IsValid => !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings that are errors.</summary>
    public IEnumerable<ValidationFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings that are warnings.</summary>
    public IEnumerable<ValidationFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

    /// <summary>The findings of one unit's report.</summary>
    /// <param name="unitCode">The unit's code.</param>
    public IEnumerable<ValidationFinding> For(string unitCode)
    {
        Preconditions.CheckNotNull(unitCode);
        return Findings.Where(f => f.UnitCode == unitCode);
    }
}
