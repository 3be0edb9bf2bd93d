namespace HuXiao.Briefing;

/// <summary>Whether a unit filed its monthly form for the briefing's month, and when (四(三): 每月1日前将上月工作数据…报市局).</summary>
public enum FilingStatus
{
    /// <summary>Filed on or before the due date (按时报送).</summary>
    OnTime = 0,

    /// <summary>Filed after the due date (逾期报送); <see cref="UnitLine.DaysLate"/> says by how many days.</summary>
    Late = 1,

    /// <summary>Not filed, and the due date has gone by at the as-of date (未报送).</summary>
    NotFiled = 2,

    /// <summary>Not filed yet, but not yet due at the as-of date (尚未到期).</summary>
    NotYetDue = 3,

    /// <summary>Filed, but the form carries no filing date, so on time or late cannot be told (未填报送日期).</summary>
    DateUnknown = 4,
}
