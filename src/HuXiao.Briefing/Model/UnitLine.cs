using HuXiao.Compliance;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// One unit's line: whether it filed, on time or how late, its scorecard (met, not-met, cannot-tell counts and
/// shortfall) and the validation problems still open in its form. Immutable and thread-safe.
/// </summary>
public sealed record UnitLine
{
    /// <summary>The unit.</summary>
    public required OrganisationUnit Unit { get; init; }

    /// <summary>Filed on time, late, not at all, or not yet due.</summary>
    public required FilingStatus Filing { get; init; }

    /// <summary>The filing date the form carries, or <see langword="null"/>.</summary>
    public LocalDate? FiledOn { get; init; }

    /// <summary>Whole days after the due date the form was filed; 0 unless <see cref="Filing"/> is <see cref="FilingStatus.Late"/>.</summary>
    public int DaysLate { get; init; }

    /// <summary>The unit's scorecard row (its rank among the units that filed, 1 = furthest behind), or <see langword="null"/> when it did not file.</summary>
    public ScorecardRow? Scorecard { get; init; }

    /// <summary>Validation errors open in the unit's form (0 when it did not file).</summary>
    public int Errors { get; init; }

    /// <summary>Validation warnings open in the unit's form (0 when it did not file).</summary>
    public int Warnings { get; init; }

    /// <summary>Whether the unit filed a form for the month.</summary>
    public bool HasFiled => Filing is FilingStatus.OnTime or FilingStatus.Late or FilingStatus.DateUnknown;
}
