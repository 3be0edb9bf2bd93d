namespace HuXiao.Reporting.Validation;

/// <summary>
/// Every finding of a rule set for one report. <see cref="IsValid"/> is true when no finding is an error;
/// warnings (blank cells among them) never make a report invalid. Immutable and thread-safe.
/// </summary>
public sealed class ValidationResult
{
    internal ValidationResult(MonthlyReport report, IReadOnlyList<ValidationFinding> findings)
    {
        Report = report;
        Findings = findings;
    }

    /// <summary>The report that was checked.</summary>
    public MonthlyReport Report { get; }

    /// <summary>Every finding, in rule order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>Whether no finding is an error.</summary>
    public bool IsValid => !Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings that are errors.</summary>
    public IEnumerable<ValidationFinding> Errors => Findings.Where(f => f.Severity == FindingSeverity.Error);

    /// <summary>The findings that are warnings.</summary>
    public IEnumerable<ValidationFinding> Warnings => Findings.Where(f => f.Severity == FindingSeverity.Warning);

    /// <summary>The findings that involve an indicator.</summary>
    /// <param name="indicatorCode">An indicator code.</param>
    public IEnumerable<ValidationFinding> For(string indicatorCode) => Findings.Where(f => f.Indicators.Contains(indicatorCode));

    /// <summary>The findings grouped by the indicator in question (the first one each names).</summary>
    public ILookup<string, ValidationFinding> ByIndicator()
        => Findings.Where(f => f.Indicators.Count > 0).ToLookup(f => f.Indicators[0], StringComparer.Ordinal);

    /// <summary>Throws when the report has errors; for callers that prefer exceptions.</summary>
    /// <exception cref="ReportValidationException">Some finding is an error.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ReportValidationException(this);
        }
    }
}
