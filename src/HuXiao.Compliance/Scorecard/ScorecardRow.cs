using HuXiao.Reporting;

namespace HuXiao.Compliance;

/// <summary>One unit's line in a <see cref="Scorecard"/>: counts by status, total shortfall, and rank (1 = furthest behind). Immutable.</summary>
public sealed record ScorecardRow
{
    /// <summary>The unit.</summary>
    public required OrganisationUnit Unit { get; init; }

    /// <summary>1 for the unit furthest behind.</summary>
    public required int Rank { get; init; }

    /// <summary>Findings met.</summary>
    public int Met { get; init; }

    /// <summary>Findings not met.</summary>
    public int NotMet { get; init; }

    /// <summary>Findings that cannot be told.</summary>
    public int CannotTell { get; init; }

    /// <summary>Findings not yet due.</summary>
    public int NotDue { get; init; }

    /// <summary>Findings not applicable.</summary>
    public int NotApplicable { get; init; }

    /// <summary>The total shortfall in campuses over the deadline targets (the sum of the findings' <see cref="ComplianceFinding.Shortfall"/>).</summary>
    public long Shortfall { get; init; }

    /// <summary>The ids of the rules not met, in catalogue order.</summary>
    public IReadOnlyList<string> NotMetRules { get; init; } = [];

    /// <summary>The count for a status.</summary>
    /// <param name="status">A status.</param>
    public int Count(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => Met,
        ComplianceStatus.NotMet => NotMet,
        ComplianceStatus.CannotTell => CannotTell,
        ComplianceStatus.NotDue => NotDue,
        _ => NotApplicable,
    };

    /// <summary>Rank, unit and counts on one line.</summary>
    public override string ToString() => $"#{Rank} {Unit}: {NotMet} not met, shortfall {Shortfall}, {CannotTell} cannot tell, {Met} met";
}
