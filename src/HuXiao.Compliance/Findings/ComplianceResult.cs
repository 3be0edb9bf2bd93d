using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// Every finding for one subject (a unit's report or register) at an as-of date, in catalogue order.
/// Immutable and thread-safe.
/// </summary>
public sealed class ComplianceResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="subject">The unit judged.</param>
    /// <param name="period">The month the data covers.</param>
    /// <param name="asOf">The date of the judgement.</param>
    /// <param name="findings">The findings.</param>
    public ComplianceResult(OrganisationUnit subject, YearMonth period, LocalDate asOf, IEnumerable<ComplianceFinding> findings)
    {
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Period = period;
        AsOf = asOf;
        Findings = (findings ?? throw new ArgumentNullException(nameof(findings))).ToArray();
    }

    /// <summary>The unit judged.</summary>
    public OrganisationUnit Subject { get; }

    /// <summary>The month the data covers.</summary>
    public YearMonth Period { get; }

    /// <summary>The date of the judgement.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The findings, in catalogue order.</summary>
    public IReadOnlyList<ComplianceFinding> Findings { get; }

    /// <summary>Whether some finding is not-met (the CLI's <c>check</c> exits 1 then).</summary>
    public bool HasNotMet => Findings.Any(f => f.Status == ComplianceStatus.NotMet);

    /// <summary>How many findings have a status.</summary>
    /// <param name="status">The status.</param>
    public int Count(ComplianceStatus status) => Findings.Count(f => f.Status == status);

    /// <summary>The finding of a rule.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The finding, or <see langword="null"/> when the rule was off or does not judge this kind of data.</returns>
    public ComplianceFinding? Find(string ruleId) => Findings.FirstOrDefault(f => string.Equals(f.RuleCode, ruleId, StringComparison.Ordinal));

    /// <summary>The subject, period, as-of date and counts.</summary>
    public override string ToString()
        => $"{Subject} {Period:uuuu-MM} as of {AsOf:uuuu-MM-dd}: {Count(ComplianceStatus.Met)} met, {Count(ComplianceStatus.NotMet)} not met, {Count(ComplianceStatus.CannotTell)} cannot tell, {Count(ComplianceStatus.NotDue)} not due";
}
