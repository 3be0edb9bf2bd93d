using HuXiao.Compliance.Internal;
using NodaTime;

namespace HuXiao.Compliance;

/// <summary>
/// A named school semester: the span within which a per-semester target (one drill, 二(六)) must be reached,
/// due on its last day. Immutable.
/// </summary>
public sealed record Semester
{
    /// <summary>Creates a semester.</summary>
    /// <param name="name">A name, for example <c>2017–2018学年第一学期</c>.</param>
    /// <param name="dates">The first and last day, inclusive.</param>
    public Semester(string name, DateInterval dates)
    {
        Name = Guard.NotBlank(name);
        Dates = Guard.NotNull(dates);
    }

    /// <summary>The semester's name.</summary>
    public string Name { get; init; }

    /// <summary>The first and last day, inclusive.</summary>
    public DateInterval Dates { get; init; }

    /// <summary>The last day: a per-semester target is due by its end.</summary>
    public LocalDate End => Dates.End;

    /// <summary>
    /// ASSUMED semesters of 2017, from the project's norms notes: second semester 2017-02-13 – 2017-07-07 and first
    /// semester 2017-09-01 – 2018-01-31. The official Zhengzhou dates were not found; replace these with the real
    /// calendar (the HuXiao.Calendar package, or the education bureau's dates) when known.
    /// </summary>
    public static IReadOnlyList<Semester> Assumed2017 { get; } =
    [
        new("2016–2017学年第二学期（假定日期）", new DateInterval(new LocalDate(2017, 2, 13), new LocalDate(2017, 7, 7))),
        new("2017–2018学年第一学期（假定日期）", new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2018, 1, 31))),
    ];

    /// <summary>The name and dates.</summary>
    public override string ToString() => $"{Name} {Dates.Start:uuuu-MM-dd}–{Dates.End:uuuu-MM-dd}";
}
