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
    /// Every unit, furthest behind first: the units that did not file (nothing of theirs can be judged), then the
    /// units that filed in scorecard order (most not-met findings, then largest shortfall, then unit code).
    /// </summary>
    public required IReadOnlyList<UnitLine> Units { get; init; }

    /// <summary>The coverage trends of the deadline targets, in catalogue order.</summary>
    public required IReadOnlyList<TargetTrend> Trends { get; init; }

    /// <summary>The units whose forms have open validation problems, in unit-code order.</summary>
    public required IReadOnlyList<UnitProblems> Problems { get; init; }

    /// <summary>How many units filed a form for the month.</summary>
    public int FiledCount => Units.Count(u => u.HasFiled);

    /// <summary>How many units filed late.</summary>
    public int LateCount => Units.Count(u => u.Filing == FilingStatus.Late);

    /// <summary>How many units did not file although the form was due.</summary>
    public int NotFiledCount => Units.Count(u => u.Filing == FilingStatus.NotFiled);
}
