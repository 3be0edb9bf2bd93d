namespace HuXiao.Calendar;

/// <summary>How a milestone's due date is fixed.</summary>
public enum MilestoneDueKind
{
    /// <summary>The source prints the date (for example 2017年5月底前 = 2017-05-31).</summary>
    Fixed = 0,

    /// <summary>The last day of a configured semester (for example 暑假前 = the end of the second semester).</summary>
    SemesterEnd = 1,

    /// <summary>The last day of a phase: a documented setting for targets the source gives no date.</summary>
    PhaseEnd = 2,
}
