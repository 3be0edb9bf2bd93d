using Microsoft.Data.Sqlite;

namespace HuXiao.Ledger;

/// <summary>How a <see cref="SqliteLedgerStore"/> opens its file. Immutable.</summary>
public sealed class SqliteLedgerOptions
{
    /// <summary>
    /// How long a write waits for another writer (another thread or process) to finish before it gives up with
    /// <see cref="LedgerErrorCodes.StoreBusy"/>, in seconds; 1 or more. By default 30, Microsoft.Data.Sqlite's own
    /// default command timeout.
    /// </summary>
    public int BusyTimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// Opens the ledger for reading only (a backup copy, a report server): every write is refused with
    /// <see cref="LedgerErrorCodes.StoreReadOnly"/>, and the file must exist and be of the current schema.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>Runs on every connection as it is opened (the tests use it to set a size limit and so simulate a full disk).</summary>
    internal Action<SqliteConnection>? ConnectionOpened { get; init; }
}
