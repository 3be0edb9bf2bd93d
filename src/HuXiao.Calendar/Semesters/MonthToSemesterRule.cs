namespace HuXiao.Calendar;

/// <summary>
/// Which semester a reporting month belongs to. The default, <see cref="SemesterInWhichMonthEnds"/>, puts a month
/// in the semester that contains its last day: with a semester of 2017-09-01..2018-01-31, September to January
/// belong to it; with 2017-02-13..2017-07-07, February to June do, and July belongs to none.
/// </summary>
public enum MonthToSemesterRule
{
    /// <summary>A month belongs to the semester in which it ends (the semester that contains its last day). The default.</summary>
    SemesterInWhichMonthEnds = 0,

    /// <summary>A month belongs to the semester that contains its first day.</summary>
    SemesterInWhichMonthBegins = 1,
}
