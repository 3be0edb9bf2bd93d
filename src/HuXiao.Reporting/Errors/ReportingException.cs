namespace HuXiao.Reporting;

/// <summary>
/// An exception of the reporting core (schemas, roll-ups, validation on request, reads on request). Like every HuXiao
/// exception it derives from <see cref="HuXiaoException"/>, whose <see cref="HuXiaoException.Code"/> is a stable code
/// from <see cref="ErrorCodes"/>.
/// </summary>
public class ReportingException : HuXiaoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable error code, such as <see cref="ErrorCodes.RollUpPeriodMismatch"/>.</param>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ReportingException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
