namespace HuXiao.Reporting;

/// <summary>
/// The base of every exception HuXiao raises on purpose. <see cref="Code"/> is a stable code from
/// <see cref="ErrorCodes"/>, so a caller can act on it without reading the message.
/// </summary>
public class ReportingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable error code, such as <see cref="ErrorCodes.RollUpPeriodMismatch"/>.</param>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ReportingException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; }
}
