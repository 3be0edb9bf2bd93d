using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// What the calendar says about one date: phase, semester, milestones passed, due soon and upcoming, the next
/// report due and the days left. Made by <see cref="CampaignCalendar.StatusOn"/>. Immutable and thread-safe.
/// </summary>
/// <param name="AsOf">The date asked about.</param>
/// <param name="IsInCampaign">Whether the date lies in the campaign's span.</param>
/// <param name="Phase">The phase, or null when the date lies in none.</param>
/// <param name="Semester">The semester, or null in a vacation.</param>
/// <param name="MilestonesPassed">Milestones whose due date has gone by (never "late": the calendar does not know whether work was done).</param>
/// <param name="MilestonesDueSoon">Milestones due within <paramref name="DueWithinDays"/> days, today included.</param>
/// <param name="MilestonesUpcoming">Milestones due today or later.</param>
/// <param name="NextReport">The next monthly report due, or null after the last.</param>
/// <param name="DaysLeft">Campaign days left, today included.</param>
/// <param name="DueWithinDays">The look-ahead used for <paramref name="MilestonesDueSoon"/>.</param>
public sealed record CalendarStatus(
    LocalDate AsOf,
    bool IsInCampaign,
    Phase? Phase,
    Semester? Semester,
    IReadOnlyList<Milestone> MilestonesPassed,
    IReadOnlyList<Milestone> MilestonesDueSoon,
    IReadOnlyList<Milestone> MilestonesUpcoming,
    ReportingPeriod? NextReport,
    int DaysLeft,
    int DueWithinDays);
