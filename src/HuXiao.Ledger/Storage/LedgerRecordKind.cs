namespace HuXiao.Ledger;

/// <summary>What a stored record holds. The numbers are stored: never renumbered.</summary>
public enum LedgerRecordKind
{
    /// <summary>A form filed (<see cref="FiledForm"/>).</summary>
    Filing = 1,

    /// <summary>A review (<see cref="Review"/>).</summary>
    Review = 2,

    /// <summary>A reopening (<see cref="Reopening"/>).</summary>
    Reopening = 3,
}
