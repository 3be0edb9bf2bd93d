using HuXiao.Reporting;

namespace HuXiao.Ledger;

/// <summary>
/// The ledger's store cannot be used as asked: locked, read-only, full, damaged, not a ledger, of a newer schema, or
/// out of reach (<see cref="HuXiaoException.Code"/> is one of <see cref="LedgerErrorCodes"/>). Whatever was stored
/// before stays as it was: the write that failed left nothing behind. The message says, in Chinese then English,
/// what happened and what to do.
/// </summary>
public sealed class LedgerException : HuXiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code from <see cref="LedgerErrorCodes"/>.</param>
    /// <param name="message">What went wrong and how to fix it, in Chinese then English.</param>
    /// <param name="innerException">The store's own error, if any.</param>
    public LedgerException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
