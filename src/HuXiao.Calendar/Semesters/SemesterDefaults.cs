using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar;

/// <summary>
/// The default semesters of the 2017 campaign. <b>These dates are ASSUMPTIONS</b>: the official Zhengzhou school
/// calendar for 2016–17 and 2017–18 was not found. They follow the usual pattern (second semester February to
/// early/mid July, first semester September to mid/late January; norms.md, "School calendar") and are marked
/// <see cref="Semester.IsAssumption"/>. Replace them through <c>CalendarOptions.Semesters</c> or
/// <see cref="Campaign.WithSemesters"/> when the official dates are known.
/// </summary>
public static class SemesterDefaults
{
    /// <summary>Where the default dates come from.</summary>
    public const string AssumptionSource = "ASSUMPTION: usual Chinese school calendar (norms.md, School calendar); official Zhengzhou dates not found";

    /// <summary>2016—2017学年第二学期, assumed 2017-02-13..2017-07-07. Its end is when the drowning-prevention campaign (暑假前) is due.</summary>
    public static Semester Zhengzhou2017Spring { get; } = new(
        "2016-2017-2",
        new BilingualText("2016—2017学年第二学期", "Second semester of 2016–17"),
        new DateInterval(new LocalDate(2017, 2, 13), new LocalDate(2017, 7, 7)),
        isAssumption: true,
        source: AssumptionSource);

    /// <summary>2017—2018学年第一学期, assumed 2017-09-01..2018-01-31.</summary>
    public static Semester Zhengzhou2017Autumn { get; } = new(
        "2017-2018-1",
        new BilingualText("2017—2018学年第一学期", "First semester of 2017–18"),
        new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2018, 1, 31)),
        isAssumption: true,
        source: AssumptionSource);

    /// <summary>Both default semesters of the 2017 campaign, in date order.</summary>
    public static IReadOnlyList<Semester> Zhengzhou2017 { get; } = [Zhengzhou2017Spring, Zhengzhou2017Autumn];
}
