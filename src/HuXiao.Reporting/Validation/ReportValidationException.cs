namespace HuXiao.Reporting.Validation;

/// <summary>Raised by <see cref="ValidationResult.ThrowIfInvalid"/> when a report has errors.</summary>
public sealed class ReportValidationException : ReportingException
{
    internal ReportValidationException(ValidationResult result)
        : base(ErrorCodes.ReportInvalid, $"Report {result.Report} has {result.Errors.Count()} error(s): {string.Join(" ", result.Errors.Take(5).Select(e => e.EnglishMessage))}")
    {
        Result = result;
    }

    /// <summary>The full result, warnings included.</summary>
    public ValidationResult Result { get; }
}
