namespace HuXiao.Reporting;

/// <summary>Whether an indicator counts a level that exists now or events over time.</summary>
public enum IndicatorKind
{
    /// <summary>
    /// A level that exists now (campuses, guards, cameras). Its 合计 is the level at the end of the month,
    /// including what existed before the campaign; its 新增 is a net change and may be negative.
    /// </summary>
    Stock,

    /// <summary>
    /// Events counted over time (cases, drills, patrols). Its 合计 is the running total since the campaign
    /// began, and its 新增 is never negative.
    /// </summary>
    Flow,
}
