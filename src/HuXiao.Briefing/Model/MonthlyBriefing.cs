using HuXiao.Reporting;

namespace HuXiao.Briefing;

/// <summary>
/// The monthly briefing (通报) as data: the header, the city against each deadline target, the urban
/// tech-defence rate, each unit's line ranked from furthest behind, the coverage trends and the validation
/// problems still open. Every figure comes from the units' reports. Made by <see cref="BriefingBuilder"/>;
/// render it with <see cref="Html.BriefingHtmlRenderer"/> or your own way. Immutable and thread-safe.
/// </summary>
public sealed record MonthlyBriefing
{
    /// <summary>City, period, as-of date, phase and next due date.</summary>
    public required BriefingHeader Header { get; init; }

    /// <summary>One line per deadline target, in catalogue order.</summary>
    public required IReadOnlyList<TargetLine> Targets { get; init; }

    /// <summary>The urban tech-defence rate, or <see langword="null"/> when the checker's catalogue has the rule switched off.</summary>
    public RateLine? TechDefenceRate { get; init; }

    /// <summary>
    /// Every unit, furthest behind first: the units that did not file although due, the units whose forms were
    /// refused (nothing of theirs can be judged), then the units whose figures are combined in scorecard order (most
    /// not-met findings, then largest shortfall, then unit code), the units outside the list, and last the units whose
    /// form is not yet due.
    /// </summary>
    public required IReadOnlyList<UnitLine> Units { get; init; }

    /// <summary>The coverage trends of the deadline targets, in catalogue order.</summary>
    public required IReadOnlyList<TargetTrend> Trends { get; init; }

    /// <summary>The units whose forms have open problems (refused, or with validation findings), in unit-code order.</summary>
    public required IReadOnlyList<UnitProblems> Problems { get; init; }

    /// <summary>Forms sent that could not be given to a unit of the month (unreadable, or naming another month).</summary>
    public IReadOnlyList<Submission> Unattributed { get; init; } = [];
}
