using HuXiao.Compliance;
using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// One deadline target and where the city stands against it: the coverage (for example A19/A01, the share of
/// campuses with a one-touch alarm linked to the police), the status at the as-of date and the clause.
/// Immutable and thread-safe.
/// </summary>
public sealed record TargetLine
{
    /// <summary>The rule's id, for example <c>one-touch-alarm</c>.</summary>
    public required string RuleCode { get; init; }

    /// <summary>The target in Chinese, for example 所有校园安装一键式报警并接入公安机关.</summary>
    public required string Title { get; init; }

    /// <summary>The source clause, for example <c>二(一)4</c>.</summary>
    public required string Clause { get; init; }

    /// <summary>The due date, or <see langword="null"/> for a target without one.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The indicator that must reach the target, for example <c>A19</c>.</summary>
    public required string AchievedCode { get; init; }

    /// <summary>The indicator it must reach, for example <c>A01</c>.</summary>
    public required string TargetCode { get; init; }

    /// <summary>The city's 合计 of <see cref="AchievedCode"/>, or <see langword="null"/> when blank.</summary>
    public long? Achieved { get; init; }

    /// <summary>The city's 合计 of <see cref="TargetCode"/>, or <see langword="null"/> when blank.</summary>
    public long? Target { get; init; }

    /// <summary><see cref="Achieved"/> over <see cref="Target"/>, or <see langword="null"/> when either is blank or the target is zero.</summary>
    public Ratio? Coverage { get; init; }

    /// <summary>The city's status at the as-of date.</summary>
    public required ComplianceStatus Status { get; init; }

    /// <summary>How many campuses the city is short by, where known.</summary>
    public long? Shortfall { get; init; }

    /// <summary>
    /// How many of the expected units' figures went into the city's total, and which did not; when partial, the
    /// status holds whatever the missing units hold (<see cref="MissingUnitsLaw"/>).
    /// </summary>
    public UnitCoverage? UnitCoverage { get; init; }

    /// <summary>The finding's message in Chinese.</summary>
    public required string Message { get; init; }
}
