namespace HuXiao.Ledger;

/// <summary>What the ledger did with a filing, review or reopening.</summary>
public enum LedgerOutcomeStatus
{
    /// <summary>Recorded as a new event.</summary>
    Recorded = 0,

    /// <summary>Already in the ledger (the same file sent again, the same verdict given again): nothing new was recorded, and the event that was is returned.</summary>
    AlreadyRecorded = 1,

    /// <summary>Refused: nothing was recorded, and the problem says why and what to do.</summary>
    Refused = 2,
}
