using Microsoft.Data.Sqlite;

namespace HuXiao.Ledger;

/// <summary>Turns SQLite's errors into the ledger's coded ones, each saying what happened to the file and what to do.</summary>
internal static class SqliteFaults
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;
    private const int ConstraintPrimaryKey = Constraint | (6 << 8);
    private const int ConstraintUnique = Constraint | (8 << 8);

    /// <summary>Whether an error is a unique key taken: a concurrent append got there first.</summary>
    internal static bool IsKeyTaken(SqliteException exception)
        => exception.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey;

    internal static LedgerException Translate(SqliteException exception, string path, int busyTimeoutSeconds)
        => exception.SqliteErrorCode switch
        {
            Busy or Locked => new LedgerException(
                LedgerErrorCodes.StoreBusy,
                $"台账文件 {path} 被另一个程序占用，等了 {busyTimeoutSeconds} 秒仍未释放：这次什么也没有写入，已存的内容不受影响，请稍后重试。 · The ledger file {path} is locked by another program and stayed locked for {busyTimeoutSeconds} s: nothing was written this time, what is stored is unharmed; try again later.",
                exception),
            ReadOnly => new LedgerException(
                LedgerErrorCodes.StoreReadOnly,
                $"台账文件 {path} 只能读、不能写（文件或所在文件夹只读，或以只读方式打开）：这次什么也没有写入，已存的内容不受影响。请让运行程序的账户能写该文件及其文件夹。 · The ledger file {path} can be read but not written (the file or its folder is read-only, or it was opened read-only): nothing was written, what is stored is unharmed. Let the account running the program write the file and its folder.",
                exception),
            Full => new LedgerException(
                LedgerErrorCodes.StoreFull,
                $"台账文件 {path} 所在的磁盘已满（或已到大小上限）：这次什么也没有写入，已存的内容不受影响。请腾出空间后重试。 · The disk of the ledger file {path} is full (or the file reached its size limit): nothing was written, what is stored is unharmed. Free some space and try again.",
                exception),
            Corrupt or NotADatabase => new LedgerException(
                LedgerErrorCodes.StoreCorrupt,
                $"台账文件 {path} 已损坏（{exception.Message}）：台账不再写入它。请从备份恢复；也可用 sqlite3 的 .recover 命令把能读的部分抢救到新文件。 · The ledger file {path} is damaged ({exception.Message}): the ledger writes nothing more to it. Restore it from a backup, or salvage what can be read into a new file with sqlite3's .recover.",
                exception),
            CantOpen or IoError => new LedgerException(
                LedgerErrorCodes.StoreUnavailable,
                $"打不开台账文件 {path}（{exception.Message}）：请检查文件夹是否存在、磁盘是否可用。 · The ledger file {path} cannot be opened or read ({exception.Message}): check that its folder exists and its disk works.",
                exception),
            _ => new LedgerException(
                LedgerErrorCodes.StoreUnavailable,
                $"台账文件 {path} 出错（SQLite {exception.SqliteExtendedErrorCode}：{exception.Message}）：这次什么也没有写入。 · The ledger file {path} failed (SQLite {exception.SqliteExtendedErrorCode}: {exception.Message}): nothing was written.",
                exception),
        };
}
