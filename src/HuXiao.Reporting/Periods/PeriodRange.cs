using System.Collections;
using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// An inclusive range of reporting months, such as a semester or the campaign to date. Immutable value;
/// enumerating it yields each month in order.
/// </summary>
public readonly struct PeriodRange : IEquatable<PeriodRange>, IEnumerable<YearMonth>
{
    /// <summary>Creates a range.</summary>
    /// <param name="start">The first month.</param>
    /// <param name="end">The last month, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the calendars differ.</exception>
    public PeriodRange(YearMonth start, YearMonth end)
    {
        Preconditions.CheckArgument(start.Calendar == end.Calendar, nameof(end), "Both months must use the same calendar system.");
        Preconditions.CheckArgument(start.CompareTo(end) <= 0, nameof(end), $"The range ends ({end:uuuu-MM}) before it starts ({start:uuuu-MM}).");
        Start = start;
        End = end;
    }

    /// <summary>The first month.</summary>
    public YearMonth Start { get; }

    /// <summary>The last month.</summary>
    public YearMonth End { get; }

    /// <summary>The number of months in the range.</summary>
    public int MonthCount => ((End.Year - Start.Year) * 12) + End.Month - Start.Month + 1;

    /// <summary>Whether a month lies in the range.</summary>
    /// <param name="period">A month.</param>
    public bool Contains(YearMonth period) => Start.CompareTo(period) <= 0 && period.CompareTo(End) <= 0;

    /// <summary>A range of one month.</summary>
    /// <param name="period">The month.</param>
    public static PeriodRange Single(YearMonth period) => new(period, period);

    /// <inheritdoc />
    public IEnumerator<YearMonth> GetEnumerator()
    {
        for (var month = Start; month.CompareTo(End) <= 0; month = month.PlusMonths(1))
        {
            yield return month;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(PeriodRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Equality.</summary>
    /// <param name="left">A range.</param>
    /// <param name="right">Another range.</param>
    public static bool operator ==(PeriodRange left, PeriodRange right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A range.</param>
    /// <param name="right">Another range.</param>
    public static bool operator !=(PeriodRange left, PeriodRange right) => !left.Equals(right);

    /// <summary>The range as <c>2017-09..2018-01</c>.</summary>
    public override string ToString() => $"{Start:uuuu-MM}..{End:uuuu-MM}";
}
