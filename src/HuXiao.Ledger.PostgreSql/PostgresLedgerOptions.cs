namespace HuXiao.Ledger;

/// <summary>How a <see cref="PostgresLedgerStore"/> uses its database. Immutable.</summary>
public sealed class PostgresLedgerOptions
{
    /// <summary>
    /// How long a write waits for a lock another session holds on the ledger's tables before it gives up with
    /// <see cref="LedgerErrorCodes.StoreBusy"/>, in seconds; 1 or more. By default 30, as for the SQLite store.
    /// </summary>
    public int LockTimeoutSeconds { get; init; } = 30;
}
