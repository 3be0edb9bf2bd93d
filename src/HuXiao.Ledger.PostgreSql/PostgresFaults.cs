using Npgsql;

namespace HuXiao.Ledger;

/// <summary>Turns PostgreSQL's errors into the ledger's coded ones, each saying what happened and what to do.</summary>
internal static class PostgresFaults
{
    internal const string UniqueViolation = "23505";

    internal static LedgerException Translate(NpgsqlException exception, string where, int lockTimeoutSeconds)
    {
        var state = (exception as PostgresException)?.SqlState;
        return state switch
        {
            "55P03" or "40P01" or "40001" or "57014" => new LedgerException(
                LedgerErrorCodes.StoreBusy,
                $"{where} 中的台账被另一个会话锁定，等了 {lockTimeoutSeconds} 秒仍未释放：这次什么也没有写入，已存的内容不受影响，请稍后重试。 · The ledger in {where} is locked by another session and stayed locked for {lockTimeoutSeconds} s: nothing was written this time, what is stored is unharmed; try again later.",
                exception),
            "25006" or "42501" => new LedgerException(
                LedgerErrorCodes.StoreReadOnly,
                $"{where} 中的台账只能读、不能写（只读事务、只读副本或没有写权限）：这次什么也没有写入，已存的内容不受影响。 · The ledger in {where} can be read but not written (a read-only transaction or replica, or no write permission): nothing was written, what is stored is unharmed.",
                exception),
            "53100" or "53200" or "53400" => new LedgerException(
                LedgerErrorCodes.StoreFull,
                $"{where} 的磁盘已满（或已到上限）：这次什么也没有写入，已存的内容不受影响。请腾出空间后重试。 · The disk of {where} is full (or a limit was reached): nothing was written, what is stored is unharmed. Free some space and try again.",
                exception),
            "XX001" or "XX002" => new LedgerException(
                LedgerErrorCodes.StoreCorrupt,
                $"{where} 中的台账数据已损坏（{exception.Message}）：请从备份恢复。 · The ledger's data in {where} is damaged ({exception.Message}): restore it from a backup.",
                exception),
            _ => new LedgerException(
                LedgerErrorCodes.StoreUnavailable,
                $"无法使用 {where} 中的台账（{exception.Message}）：请检查数据库服务器是否在运行、连接串和权限是否正确。这次什么也没有写入。 · The ledger in {where} cannot be used ({exception.Message}): check that the database server runs and the connection string and permissions are right. Nothing was written.",
                exception),
        };
    }
}
