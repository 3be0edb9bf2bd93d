using HuXiao.Reporting;

namespace HuXiao.Excel;

/// <summary>
/// A file could not be opened as a workbook: damaged, not an .xlsx, a legacy .xls or WPS .et, encrypted,
/// macro-enabled, or over the size limits. The one exception type the reader raises for a bad file; nothing
/// from the zip or XML layer escapes. <see cref="HuXiaoException.Code"/> is one of <see cref="ExcelErrorCodes"/>.
/// </summary>
public sealed class WorkbookReadException : ReportingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, in Chinese and English; its code becomes <see cref="HuXiaoException.Code"/>.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public WorkbookReadException(InputProblem problem, Exception? innerException = null)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).Code, problem.EnglishMessage, innerException)
    {
        Problem = problem;
    }

    /// <summary>The problem, with its Chinese message in <see cref="InputProblem.Message"/>.</summary>
    public InputProblem Problem { get; }
}
