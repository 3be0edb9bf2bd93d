using HuXiao.Reporting;

namespace HuXiao.Excel;

/// <summary>
/// Inside the reader: a file cannot be opened as a workbook — damaged, not an .xlsx, a legacy .xls or WPS .et,
/// encrypted, macro-enabled, or over the size limits. <see cref="ExcelFormReader"/> turns it into a refused
/// <see cref="ReadResult{T}"/> at its boundary; it never reaches a caller.
/// </summary>
internal sealed class WorkbookReadException : HuXiaoException
{
    internal WorkbookReadException(InputProblem problem, Exception? innerException = null)
        : base(problem.Code, problem.EnglishMessage, innerException)
    {
        Problem = problem;
    }

    internal InputProblem Problem { get; }
}
