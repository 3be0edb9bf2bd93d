using HuXiao.Compliance;
using HuXiao.Reporting;

namespace HuXiao.Briefing;

/// <summary>
/// One unit's line: its filing for the month as the month gives it (status, how late, its problems) and its
/// scorecard (met, not-met, cannot-tell counts and shortfall). Immutable and thread-safe.
/// </summary>
public sealed record UnitLine
{
    /// <summary>The unit's filing: status, form, days late, errors.</summary>
    public required UnitFiling Filing { get; init; }

    /// <summary>The unit's scorecard row (its rank among the units whose figures are combined, 1 = furthest behind), or <see langword="null"/> when its figures are not combined.</summary>
    public ScorecardRow? Scorecard { get; init; }

    /// <summary>The unit.</summary>
    public OrganisationUnit Unit => Filing.Unit;

    /// <summary>The unit's filing status.</summary>
    public FilingStatus Status => Filing.Status;

    /// <summary>Errors in the unit's form: the problems of a refused form, or the consistency rules' errors.</summary>
    public int Errors => Filing.Errors;

    /// <summary>The consistency rules' warnings on the unit's form.</summary>
    public int Warnings => Filing.Warnings;
}
