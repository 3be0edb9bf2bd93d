using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// One monthly reporting period and its deadline: data for <see cref="Period"/> is on time if filed on or before
/// <see cref="DueDate"/> (a local date in the campaign's time zone), that is, strictly before the instant
/// <see cref="Deadline"/> — the start of the next day. Immutable and thread-safe, with value equality.
/// </summary>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>
{
    internal ReportingPeriod(YearMonth period, MonthlyReportRule rule, DateTimeZone zone)
    {
        Period = period;
        NominalDate = rule.NominalDate(period);
        DueDate = rule.DueDate(period);
        Zone = zone;
        Deadline = zone.AtStartOfDay(DueDate.PlusDays(1)).ToInstant();
    }

    /// <summary>The reported month.</summary>
    public YearMonth Period { get; }

    /// <summary>The date the source names (每月1日前: the 1st of the next month), whatever the reading.</summary>
    public LocalDate NominalDate { get; }

    /// <summary>The last day on which the report is on time, under the campaign's <see cref="DueDateReading"/>.</summary>
    public LocalDate DueDate { get; }

    /// <summary>The first instant at which the report is late: the start of the day after <see cref="DueDate"/> in <see cref="Zone"/>.</summary>
    public Instant Deadline { get; }

    /// <summary>The time zone the dates are local to (Asia/Shanghai for the 2017 campaign).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Whether a report filed on a date (what a report's <c>FiledOn</c> holds) is on time.</summary>
    /// <param name="filedOn">The filing date, local to <see cref="Zone"/>.</param>
    public bool IsOnTime(LocalDate filedOn) => filedOn <= DueDate;

    /// <summary>Whether a report filed at an instant is on time: strictly before <see cref="Deadline"/>.</summary>
    /// <param name="filedAt">The filing moment.</param>
    public bool IsOnTime(Instant filedAt) => filedAt < Deadline;

    /// <summary>Whether a report filed at a zoned moment is on time. Any zone works; the instant is what counts.</summary>
    /// <param name="filedAt">The filing moment.</param>
    public bool IsOnTime(ZonedDateTime filedAt) => IsOnTime(filedAt.ToInstant());

    /// <summary>How many whole days late a report filed on a date is: 0 when on time, 1 for the day after <see cref="DueDate"/>, and so on.</summary>
    /// <param name="filedOn">The filing date, local to <see cref="Zone"/>.</param>
    public int DaysLate(LocalDate filedOn) => filedOn <= DueDate ? 0 : NodaTime.Period.DaysBetween(DueDate, filedOn);

    /// <summary>How many whole days late a report filed at an instant is, counted in calendar days of <see cref="Zone"/>.</summary>
    /// <param name="filedAt">The filing moment.</param>
    public int DaysLate(Instant filedAt) => DaysLate(filedAt.InZone(Zone).Date);

    /// <summary>How many whole days late a report filed at a zoned moment is, counted in calendar days of <see cref="Zone"/>.</summary>
    /// <param name="filedAt">The filing moment, in any zone.</param>
    public int DaysLate(ZonedDateTime filedAt) => DaysLate(filedAt.ToInstant());

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other)
        => other is not null && Period == other.Period && DueDate == other.DueDate && NominalDate == other.NominalDate
           && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, DueDate);

    /// <summary>The period as <c>2017-04 due 2017-05-01</c>.</summary>
    public override string ToString() => $"{Period:uuuu-MM} due {DueDate:uuuu-MM-dd}";
}
