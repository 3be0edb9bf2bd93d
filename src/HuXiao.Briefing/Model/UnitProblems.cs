using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Briefing;

/// <summary>
/// The validation problems still open in one unit's form for the month (the form's consistency rules, with the
/// 合计 chain against the unit's form of the month before where it is at hand). Immutable and thread-safe.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Findings">The problems, errors first, in rule order.</param>
public sealed record UnitProblems(OrganisationUnit Unit, IReadOnlyList<ValidationFinding> Findings)
{
    /// <summary>How many of <see cref="Findings"/> are errors.</summary>
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>How many of <see cref="Findings"/> are warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}
