using HuXiao.Reporting;

namespace HuXiao.Compliance;

/// <summary>
/// Misuse of the compliance package: an unknown rule id, invalid options, a register that contradicts itself.
/// <see cref="HuXiaoException.Code"/> is one of <see cref="ComplianceErrorCodes"/>. Judgements themselves
/// never throw for data that falls short or is blank: those are findings.
/// </summary>
public sealed class ComplianceException : HuXiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code from <see cref="ComplianceErrorCodes"/>.</param>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ComplianceException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
