using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// Answers "where are we, what is due" for a <see cref="Campaign"/> at any date: the phase, milestones passed,
/// due soon and upcoming, the next report due, the days left, and "this semester" or "the campaign to date" as a
/// <see cref="PeriodRange"/> for the reporting package's summaries. "Now" comes from the injected
/// <see cref="IClock"/>, read in the campaign's time zone; every query also has a form that takes the date.
/// Immutable and thread-safe: share one instance.
/// </summary>
/// <remarks>
/// The calendar knows dates, not whether work was done: a milestone whose date has gone by is "passed", never
/// "late". Judging whether it was met is the compliance package's job.
/// </remarks>
public sealed class CampaignCalendar
{
    /// <summary>Creates a calendar.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="clock">Where "now" comes from; use <c>NodaTime.Testing.FakeClock</c> in tests.</param>
    public CampaignCalendar(Campaign campaign, IClock clock)
    {
        Campaign = Preconditions.CheckNotNull(campaign);
        Clock = Preconditions.CheckNotNull(clock);
    }

    /// <summary>The campaign.</summary>
    public Campaign Campaign { get; }

    /// <summary>The clock "now" comes from.</summary>
    public IClock Clock { get; }

    /// <summary>Today's date in the campaign's time zone, from <see cref="Clock"/>.</summary>
    public LocalDate Today() => Clock.GetCurrentInstant().InZone(Campaign.TimeZone).Date;

    /// <summary>The phase a date lies in, or null when none (outside the campaign, or January 2018 for the 2017 campaign).</summary>
    /// <param name="date">A date.</param>
    public Phase? PhaseOn(LocalDate date) => Campaign.PhaseOn(date);

    /// <summary>Milestones whose due date has gone by at a date (due date before <paramref name="asOf"/>), in due-date order.</summary>
    /// <param name="asOf">The date asked about.</param>
    public IReadOnlyList<Milestone> MilestonesPassed(LocalDate asOf)
        => Campaign.Milestones.Where(m => m.DueDate < asOf).ToArray();

    /// <summary>Milestones not yet passed whose due date is within <paramref name="days"/> days: from <paramref name="asOf"/> to <paramref name="asOf"/> + days, both inclusive.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="days">How many days ahead to look; 0 means due today.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public IReadOnlyList<Milestone> MilestonesDueWithin(LocalDate asOf, int days)
    {
        Preconditions.CheckNonNegative(days);
        var last = asOf.PlusDays(days);
        return Campaign.Milestones.Where(m => m.DueDate >= asOf && m.DueDate <= last).ToArray();
    }

    /// <summary>Milestones not yet passed at a date (due on or after <paramref name="asOf"/>), in due-date order.</summary>
    /// <param name="asOf">The date asked about.</param>
    public IReadOnlyList<Milestone> MilestonesUpcoming(LocalDate asOf)
        => Campaign.Milestones.Where(m => m.DueDate >= asOf).ToArray();

    /// <summary>Every reporting period with its due date, in month order.</summary>
    public IReadOnlyList<ReportingPeriod> ReportingPeriods => Campaign.ReportingPeriods;

    /// <summary>
    /// The next report due at a date: the earliest period whose <see cref="ReportingPeriod.DueDate"/> is on or after
    /// <paramref name="asOf"/> (a report due today is still next). Null after the last due date.
    /// </summary>
    /// <param name="asOf">The date asked about.</param>
    public ReportingPeriod? NextReportDue(LocalDate asOf)
        => Campaign.ReportingPeriods.FirstOrDefault(p => p.DueDate >= asOf);

    /// <summary>The next report due at an instant: the earliest period whose <see cref="ReportingPeriod.Deadline"/> is after it.</summary>
    /// <param name="now">The moment asked about.</param>
    public ReportingPeriod? NextReportDue(Instant now)
        => Campaign.ReportingPeriods.FirstOrDefault(p => p.Deadline > now);

    /// <summary>The reporting period of a month, with its due date.</summary>
    /// <param name="month">A reporting month of the campaign.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month has no report in this campaign.</exception>
    public ReportingPeriod ReportingPeriodOf(YearMonth month) => Campaign.GetReportingPeriod(month);

    /// <summary>
    /// The campaign days left at a date, counting <paramref name="asOf"/> itself: the whole span before the campaign
    /// starts (289 days for the 2017 campaign), 1 on its last day, 0 after it.
    /// </summary>
    /// <param name="asOf">The date asked about.</param>
    public int DaysLeft(LocalDate asOf)
    {
        var span = Campaign.Span;
        if (asOf > span.End)
        {
            return 0;
        }

        var from = asOf < span.Start ? span.Start : asOf;
        return Period.DaysBetween(from, span.End) + 1;
    }

    /// <summary>The semester a date lies in, or null in a vacation or outside every configured semester.</summary>
    /// <param name="date">A date.</param>
    public Semester? SemesterOn(LocalDate date) => Campaign.Semesters.FirstOrDefault(s => s.Contains(date));

    /// <summary>The semester a month belongs to under the campaign's <see cref="MonthToSemesterRule"/>, or null when none.</summary>
    /// <param name="month">A month.</param>
    public Semester? SemesterOf(YearMonth month) => Campaign.Semesters.FirstOrDefault(s => s.Owns(month, Campaign.MonthToSemester));

    /// <summary>
    /// The reporting months of a semester: its months under the campaign's <see cref="MonthToSemesterRule"/> that
    /// have a report. Null when none do.
    /// </summary>
    /// <param name="semester">A semester.</param>
    public PeriodRange? MonthsOf(Semester semester)
    {
        Preconditions.CheckNotNull(semester);
        var months = Campaign.ReportingMonths.Where(m => semester.Owns(m, Campaign.MonthToSemester)).ToArray();
        return months.Length == 0 ? null : new PeriodRange(months[0], months[^1]);
    }

    /// <summary>
    /// "This semester" at a date, as the reporting months of the semester the date lies in (see
    /// <see cref="MonthsOf"/>). Null in a vacation, or when the semester has no reporting month.
    /// </summary>
    /// <param name="asOf">The date asked about.</param>
    public PeriodRange? ThisSemester(LocalDate asOf) => SemesterOn(asOf) is { } semester ? MonthsOf(semester) : null;

    /// <summary>
    /// "The campaign to date": from the first reporting month through the month that contains <paramref name="asOf"/>
    /// (which may not have ended), capped at the last reporting month. Null before the first reporting month.
    /// </summary>
    /// <param name="asOf">The date asked about.</param>
    public PeriodRange? CampaignToDate(LocalDate asOf)
    {
        var months = Campaign.ReportingMonths;
        var month = new YearMonth(asOf.Year, asOf.Month);
        if (month.CompareTo(months.Start) < 0)
        {
            return null;
        }

        return new PeriodRange(months.Start, month.CompareTo(months.End) > 0 ? months.End : month);
    }

    /// <summary>The windows of a recurring obligation that lie in the campaign: each month, or each semester's days within the span.</summary>
    /// <param name="obligation">An obligation of the campaign.</param>
    public IReadOnlyList<ObligationWindow> WindowsOf(RecurringObligation obligation)
    {
        Preconditions.CheckNotNull(obligation);
        var span = Campaign.Span;
        var windows = new List<ObligationWindow>();
        if (obligation.Frequency == ObligationFrequency.Monthly)
        {
            for (var month = new YearMonth(span.Start.Year, span.Start.Month); month.OnDayOfMonth(1) <= span.End; month = month.PlusMonths(1))
            {
                var first = Max(month.OnDayOfMonth(1), span.Start);
                var last = Min(month.PlusMonths(1).OnDayOfMonth(1).PlusDays(-1), span.End);
                windows.Add(new ObligationWindow(obligation, new DateInterval(first, last), month, null));
            }
        }
        else
        {
            foreach (var semester in Campaign.Semesters.Where(s => s.Dates.Start <= span.End && s.Dates.End >= span.Start))
            {
                windows.Add(new ObligationWindow(obligation, new DateInterval(Max(semester.Dates.Start, span.Start), Min(semester.Dates.End, span.End)), null, semester));
            }
        }

        return windows;
    }

    /// <summary>Everything the calendar can say about a date, in one object.</summary>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="dueWithinDays">How many days ahead counts as "due soon"; 14 by default.</param>
    public CalendarStatus StatusOn(LocalDate asOf, int dueWithinDays = 14)
        => new(
            asOf,
            Campaign.Contains(asOf),
            PhaseOn(asOf),
            SemesterOn(asOf),
            MilestonesPassed(asOf),
            MilestonesDueWithin(asOf, dueWithinDays),
            MilestonesUpcoming(asOf),
            NextReportDue(asOf),
            DaysLeft(asOf),
            dueWithinDays);

    /// <summary>Everything the calendar can say about today (from <see cref="Clock"/>).</summary>
    /// <param name="dueWithinDays">How many days ahead counts as "due soon"; 14 by default.</param>
    public CalendarStatus StatusNow(int dueWithinDays = 14) => StatusOn(Today(), dueWithinDays);

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
