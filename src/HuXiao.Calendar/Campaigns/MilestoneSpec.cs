using HuXiao.Reporting;

namespace HuXiao.Calendar;

/// <summary>A milestone as defined, before the campaign resolves its due date.</summary>
internal sealed record MilestoneSpec(
    string Id,
    BilingualText Title,
    BilingualText Requirement,
    string Clause,
    BilingualText Scope,
    MilestoneDue Due,
    IReadOnlyList<string> Indicators,
    string? IndicatorCondition)
{
    /// <summary>The ids of the campaign's targets that judge this milestone.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];
}
