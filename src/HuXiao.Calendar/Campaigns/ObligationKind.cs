namespace HuXiao.Calendar;

/// <summary>What a recurring obligation is about.</summary>
public enum ObligationKind
{
    /// <summary>The monthly progress form (校园安全工作进展报表), 四(三).</summary>
    MonthlyReport = 0,

    /// <summary>The end-of-semester stage report and summary (阶段性工作情况和总结报告), 四(三).</summary>
    StageReport = 1,

    /// <summary>Emergency drills (应急演练), 二(六).</summary>
    Drill = 2,

    /// <summary>Police liaison officer visits to a school (公安联络员到校园工作), 二(七).</summary>
    LiaisonVisit = 3,

    /// <summary>Any other recurring duty a campaign defines.</summary>
    Other = 4,
}
