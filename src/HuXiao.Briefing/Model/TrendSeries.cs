using HuXiao.Reporting;

namespace HuXiao.Briefing;

/// <summary>
/// One unit's (or the city's) coverage of a target, month by month: one point per month whose reports filled both
/// cells with a target above zero. A month without such data has no point — nothing is carried over or guessed.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Unit">The unit, or the city for the city's line.</param>
/// <param name="Points">The points, in month order.</param>
public sealed record TrendSeries(OrganisationUnit Unit, IReadOnlyList<TrendPoint> Points);
