using NodaTime;

namespace HuXiao.Briefing;

/// <summary>
/// How coverage of one deadline target grew across the campaign's months: the city's line and each unit's,
/// with the due date to mark. Immutable and thread-safe.
/// </summary>
public sealed record TargetTrend
{
    /// <summary>The rule's id, for example <c>one-touch-alarm</c>.</summary>
    public required string RuleCode { get; init; }

    /// <summary>The target in Chinese.</summary>
    public required string Title { get; init; }

    /// <summary>The source clause.</summary>
    public required string Clause { get; init; }

    /// <summary>The due date, or <see langword="null"/>.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>The indicator that must reach the target, for example <c>A19</c>.</summary>
    public required string AchievedCode { get; init; }

    /// <summary>The indicator it must reach, for example <c>A01</c>.</summary>
    public required string TargetCode { get; init; }

    /// <summary>The months on the axis: the campaign's reporting months up to the briefing's month.</summary>
    public required IReadOnlyList<YearMonth> Months { get; init; }

    /// <summary>The city's line: each month, the sum over the units that filed that month (a month where a filer left a cell blank has no point).</summary>
    public required TrendSeries City { get; init; }

    /// <summary>Each unit's line, in unit-code order.</summary>
    public required IReadOnlyList<TrendSeries> Units { get; init; }
}
