using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// A school semester (学期): its id, name and dates. Semester dates come from configuration; when they are not the
/// official dates, <see cref="IsAssumption"/> says so and <see cref="Source"/> says where they come from.
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed class Semester : IEquatable<Semester>
{
    /// <summary>Creates a semester.</summary>
    /// <param name="id">A stable id such as <c>2017-2018-1</c> (school year, then 1 or 2).</param>
    /// <param name="name">The name, such as 2017—2018学年第一学期.</param>
    /// <param name="dates">The first and last day of the semester, both inclusive.</param>
    /// <param name="isAssumption">True when the dates are a stand-in for official dates not known here.</param>
    /// <param name="source">Where the dates come from; required when <paramref name="isAssumption"/> is true.</param>
    /// <exception cref="ArgumentException">A required argument is missing or malformed.</exception>
    public Semester(string id, BilingualText name, DateInterval dates, bool isAssumption = false, string? source = null)
    {
        Id = Ids.Check(id, nameof(id));
        Name = Preconditions.CheckNotNull(name);
        Dates = Preconditions.CheckNotNull(dates);
        Preconditions.CheckArgument(
            !isAssumption || !string.IsNullOrWhiteSpace(source),
            nameof(source),
            $"Semester '{id}' is marked as an assumption: say where its dates come from (source).");
        IsAssumption = isAssumption;
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
    }

    /// <summary>The semester id.</summary>
    public string Id { get; }

    /// <summary>The semester name.</summary>
    public BilingualText Name { get; }

    /// <summary>The first and last day, both inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>True when the dates are an assumption to replace with the official ones.</summary>
    public bool IsAssumption { get; }

    /// <summary>Where the dates come from; null when not given.</summary>
    public string? Source { get; }

    /// <summary>Whether a date lies in the semester.</summary>
    /// <param name="date">A date.</param>
    public bool Contains(LocalDate date) => Dates.Contains(date);

    /// <summary>Whether a month belongs to this semester under a rule.</summary>
    /// <param name="month">A month.</param>
    /// <param name="rule">Which day of the month decides.</param>
    public bool Owns(YearMonth month, MonthToSemesterRule rule)
        => Dates.Contains(rule == MonthToSemesterRule.SemesterInWhichMonthBegins ? month.OnDayOfMonth(1) : month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));

    /// <inheritdoc />
    public bool Equals(Semester? other)
        => other is not null
           && string.Equals(Id, other.Id, StringComparison.Ordinal)
           && Name.Equals(other.Name)
           && Dates.Equals(other.Dates)
           && IsAssumption == other.IsAssumption
           && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Semester);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Dates);

    /// <summary>The semester as <c>2017-2018-1 2017-09-01..2018-01-31 (assumption)</c>.</summary>
    public override string ToString() => $"{Id} {Dates.Start:uuuu-MM-dd}..{Dates.End:uuuu-MM-dd}{(IsAssumption ? " (assumption)" : string.Empty)}";
}
