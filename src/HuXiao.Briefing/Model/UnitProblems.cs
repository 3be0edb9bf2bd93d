using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Briefing;

/// <summary>
/// The problems still open in one unit's form for the month: why a refused form could not be read
/// (<see cref="ReadProblems"/>), or the form's consistency findings (with the 合计 chain against the unit's form of
/// the month before where it is at hand). Immutable and thread-safe.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Findings">The consistency findings, errors first, in rule order.</param>
public sealed record UnitProblems(OrganisationUnit Unit, IReadOnlyList<ValidationFinding> Findings)
{
    /// <summary>Why the unit's form could not be read, when it was refused; empty otherwise.</summary>
    public IReadOnlyList<InputProblem> ReadProblems { get; init; } = [];

    /// <summary>How many errors: the problems of a refused form, and the consistency errors.</summary>
    public int Errors => ReadProblems.Count + Findings.Count(f => f.Severity == FindingSeverity.Error);

    /// <summary>How many of <see cref="Findings"/> are warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
}
