namespace HuXiao.Calendar;

/// <summary>
/// How to read the monthly deadline 每月1日前 ("before the 1st of each month"). The source's wording allows both
/// readings; the default, <see cref="OnOrBefore"/>, is the one the campaign spec adopts.
/// </summary>
public enum DueDateReading
{
    /// <summary>Inclusive: a report filed at any time on the 1st, up to the end of that day, is on time. The default.</summary>
    OnOrBefore = 0,

    /// <summary>Exclusive: the report must be in by the end of the day before the 1st (the last day of the reported month).</summary>
    Before = 1,
}
