namespace HuXiao.Ledger;

/// <summary>What the city's review of a unit's form decided (审核).</summary>
public enum ReviewVerdict
{
    /// <summary>Accepted: the unit's month is closed until it is reopened.</summary>
    Accepted = 1,

    /// <summary>Returned with reasons: the form does not count, and the unit files a corrected revision.</summary>
    Returned = 2,
}
