namespace HuXiao.Reporting;

/// <summary>The two rows every indicator has on the form.</summary>
public enum ReportRow
{
    /// <summary>新增: what changed in the reporting month.</summary>
    New,

    /// <summary>合计: the running total (flow) or the level at the end of the month (stock).</summary>
    Total,
}
