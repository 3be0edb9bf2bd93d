using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// One phase of a campaign (三、时间安排), such as 集中攻坚 from 2017-05-01 to 2017-10-31. Immutable and thread-safe,
/// with value equality.
/// </summary>
public sealed class Phase : IEquatable<Phase>
{
    /// <summary>Creates a phase.</summary>
    /// <param name="number">The phase number as printed (第一阶段 = 1); positive.</param>
    /// <param name="name">The phase name, such as 动员部署 (mobilise and deploy).</param>
    /// <param name="dates">The first and last day of the phase, both inclusive.</param>
    /// <param name="schedule">The schedule as the source prints it, such as <c>5月-10月</c>.</param>
    /// <param name="description">What happens in the phase, if the source says; optional.</param>
    /// <exception cref="ArgumentException">A required argument is missing, or <paramref name="number"/> is not positive.</exception>
    public Phase(int number, BilingualText name, DateInterval dates, string schedule, BilingualText? description = null)
    {
        Number = Preconditions.CheckPositive(number);
        Name = Preconditions.CheckNotNull(name);
        Dates = Preconditions.CheckNotNull(dates);
        Schedule = Preconditions.CheckNotBlank(schedule);
        Description = description;
    }

    /// <summary>The phase number, from 1.</summary>
    public int Number { get; }

    /// <summary>The phase name.</summary>
    public BilingualText Name { get; }

    /// <summary>The first and last day of the phase, both inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>The schedule as the source prints it, such as <c>4月</c>.</summary>
    public string Schedule { get; }

    /// <summary>What happens in the phase, if the source says; otherwise null.</summary>
    public BilingualText? Description { get; }

    /// <summary>Whether a date lies in the phase.</summary>
    /// <param name="date">A date.</param>
    public bool Contains(LocalDate date) => Dates.Contains(date);

    /// <inheritdoc />
    public bool Equals(Phase? other)
        => other is not null
           && Number == other.Number
           && Name.Equals(other.Name)
           && Dates.Equals(other.Dates)
           && string.Equals(Schedule, other.Schedule, StringComparison.Ordinal)
           && Equals(Description, other.Description);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Phase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Name, Dates);

    /// <summary>The phase as <c>第2阶段 集中攻坚 2017-05-01..2017-10-31</c>.</summary>
    public override string ToString() => $"第{Number}阶段 {Name.Chinese} {Dates.Start:uuuu-MM-dd}..{Dates.End:uuuu-MM-dd}";
}
