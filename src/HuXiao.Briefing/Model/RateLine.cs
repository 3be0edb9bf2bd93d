using HuXiao.Compliance;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// The urban tech-defence rate (城市校园达标率要达到85%以上, 二(一)4) for the city: the bounds the reports allow, the
/// data they come from (<see cref="RateBounds.Basis"/>) and the status. Immutable and thread-safe.
/// </summary>
public sealed record RateLine
{
    /// <summary>The rule's id, <c>urban-tech-defence-rate</c> by default.</summary>
    public required string RuleCode { get; init; }

    /// <summary>The target in Chinese.</summary>
    public required string Title { get; init; }

    /// <summary>The source clause, <c>二(一)4</c>.</summary>
    public required string Clause { get; init; }

    /// <summary>The due date judged against (a documented setting: the end of the push phase).</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The bounds, target and basis; <see langword="null"/> when the reports cannot form a rate (a blank cell, no urban campus).</summary>
    public RateBounds? Bounds { get; init; }

    /// <summary>The city's status at the as-of date.</summary>
    public required ComplianceStatus Status { get; init; }

    /// <summary>
    /// How many of the expected units' figures went into the city's total, and which did not; when partial, the
    /// status holds whatever the missing units hold (<see cref="MissingUnitsLaw"/>).
    /// </summary>
    public UnitCoverage? UnitCoverage { get; init; }

    /// <summary>The finding's message in Chinese.</summary>
    public required string Message { get; init; }
}
