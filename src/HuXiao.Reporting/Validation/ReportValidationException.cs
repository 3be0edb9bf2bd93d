namespace HuXiao.Reporting.Validation;

/// <summary>Raised by <see cref="ValidationResult.ThrowIfInvalid"/> when a report has errors.</summary>
public sealed class ReportValidationException : ReportingException
{
    /// <summary>A report has errors, and the caller asked for an exception (<see cref="ValidationResult.ThrowIfInvalid"/>).</summary>
    public const string ErrorCode = "HX0301";

    internal ReportValidationException(ValidationResult result)
        : base(ErrorCode, $"Report {result.Report} has {result.Errors.Count()} error(s): {string.Join(" ", result.Errors.Take(5).Select(e => e.EnglishMessage))}")
    {
        Result = result;
    }

    /// <summary>The full result, warnings included.</summary>
    public ValidationResult Result { get; }
}
