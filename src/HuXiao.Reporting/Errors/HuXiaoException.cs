namespace HuXiao.Reporting;

/// <summary>
/// The root of every exception a HuXiao library raises on purpose, whatever its package. <see cref="Code"/> is a stable
/// HX code (<see cref="ErrorCodes"/> or a package's own catalogue), so a caller can act on it without reading the
/// message. HuXiao throws only for misuse — a wrong call, an option that cannot hold, a store in the wrong state —
/// never for bad content in a form: a read returns its problems as data (<see cref="ReadResult{T}"/>). A
/// <see langword="null"/> argument is still .NET's <see cref="ArgumentNullException"/>.
/// </summary>
public abstract class HuXiaoException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable HX code, such as <see cref="ErrorCodes.RollUpPeriodMismatch"/>.</param>
    /// <param name="message">What went wrong, where, and how to fix it.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    protected HuXiaoException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable HX error code.</summary>
    public string Code { get; }
}
