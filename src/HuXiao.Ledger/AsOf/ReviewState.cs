namespace HuXiao.Ledger;

/// <summary>Where a filed form stands in the city's review (审核).</summary>
public enum ReviewState
{
    /// <summary>Read and not reviewed yet (or its month was reopened since it was accepted): it counts, and may be accepted or returned.</summary>
    Pending = 0,

    /// <summary>Accepted: it counts, and its unit's month is closed.</summary>
    Accepted = 1,

    /// <summary>Returned with reasons: it does not count; the unit files a corrected revision.</summary>
    Returned = 2,

    /// <summary>Refused when it was read: there are no figures to review.</summary>
    NotReviewable = 3,
}
