using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// When the monthly report is due: data for month M by the <see cref="DayOfNextMonth"/>th of M+1 (every 1st for
/// 郑公通〔2017〕66号, 四(三): 每月1日前将上月工作数据…报市局), read as <see cref="Reading"/>. Immutable and
/// thread-safe, with value equality.
/// </summary>
public sealed class MonthlyReportRule : IEquatable<MonthlyReportRule>
{
    /// <summary>The 2017 plan's rule: by the 1st of the next month, inclusive (on or before the 1st), clause 四(三).</summary>
    public static MonthlyReportRule Zhengzhou2017 { get; } = new("四(三)", 1, DueDateReading.OnOrBefore);

    /// <summary>Creates a rule.</summary>
    /// <param name="clause">The clause of the source that sets the deadline.</param>
    /// <param name="dayOfNextMonth">The day of the month after the reported one named by the source, 1 to 28.</param>
    /// <param name="reading">Whether that day itself is on time.</param>
    /// <exception cref="ArgumentException">The clause is missing, the day is outside 1..28, or the reading is unknown.</exception>
    public MonthlyReportRule(string clause, int dayOfNextMonth, DueDateReading reading)
    {
        Clause = Preconditions.CheckNotBlank(clause);
        if (dayOfNextMonth is < 1 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(dayOfNextMonth), dayOfNextMonth, "The due day must be 1 to 28, so that every month has it.");
        }

        Preconditions.CheckArgument(Enum.IsDefined(reading), nameof(reading), $"Unknown due-date reading {(int)reading}: use OnOrBefore or Before.");
        DayOfNextMonth = dayOfNextMonth;
        Reading = reading;
    }

    /// <summary>The clause of the source.</summary>
    public string Clause { get; }

    /// <summary>The day of the following month the source names (1 for 每月1日前).</summary>
    public int DayOfNextMonth { get; }

    /// <summary>Whether that day itself is on time.</summary>
    public DueDateReading Reading { get; }

    /// <summary>A copy with another reading.</summary>
    /// <param name="reading">The reading.</param>
    public MonthlyReportRule WithReading(DueDateReading reading) => new(Clause, DayOfNextMonth, reading);

    /// <summary>The day the source names for a month's report: the <see cref="DayOfNextMonth"/>th of the next month.</summary>
    /// <param name="period">The reported month.</param>
    public LocalDate NominalDate(YearMonth period) => period.PlusMonths(1).OnDayOfMonth(DayOfNextMonth);

    /// <summary>
    /// The last day on which a month's report is on time: the nominal date itself when the reading is inclusive,
    /// the day before it when exclusive.
    /// </summary>
    /// <param name="period">The reported month.</param>
    public LocalDate DueDate(YearMonth period)
        => Reading == DueDateReading.OnOrBefore ? NominalDate(period) : NominalDate(period).PlusDays(-1);

    /// <inheritdoc />
    public bool Equals(MonthlyReportRule? other)
        => other is not null && string.Equals(Clause, other.Clause, StringComparison.Ordinal) && DayOfNextMonth == other.DayOfNextMonth && Reading == other.Reading;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MonthlyReportRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Clause), DayOfNextMonth, Reading);

    /// <summary>The rule as <c>day 1 of next month, OnOrBefore (四(三))</c>.</summary>
    public override string ToString() => $"day {DayOfNextMonth} of next month, {Reading} ({Clause})";
}
