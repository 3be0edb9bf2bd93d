using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace HuXiao.Reporting;

/// <summary>
/// The outcome of reading a report: the report, or every problem found. Expected failures are data, not
/// exceptions; <see cref="GetReportOrThrow"/> is there for callers that want one. Immutable.
/// </summary>
public sealed class ReportReadResult
{
    private ReportReadResult(MonthlyReport? report, IReadOnlyList<InputProblem> problems, OrganisationUnit? unit = null, YearMonth? period = null)
    {
        Report = report;
        Problems = problems;
        Unit = report?.Unit ?? unit;
        Period = report?.Period ?? period;
    }

    /// <summary>
    /// Whose report it is, when that could be read, also when the input was refused for its values: a refused form
    /// was still filed by its unit. Null when the unit could not be told.
    /// </summary>
    public OrganisationUnit? Unit { get; }

    /// <summary>The month the report is for, when that could be read, also when the input was refused for its values.</summary>
    public YearMonth? Period { get; }

    /// <summary>The report, when the input was read without problems.</summary>
    public MonthlyReport? Report { get; }

    /// <summary>Every problem found; empty on success.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null;

    /// <summary>A successful result.</summary>
    /// <param name="report">The report.</param>
    public static ReportReadResult Success(MonthlyReport report) => new(report ?? throw new ArgumentNullException(nameof(report)), []);

    /// <summary>A failed result.</summary>
    /// <param name="problems">At least one problem.</param>
    public static ReportReadResult Failure(IEnumerable<InputProblem> problems) => Failure(problems, null, null);

    /// <summary>A failed result that still says whose report it is, where that could be read.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="unit">The unit the input names, or <see langword="null"/> when it could not be read.</param>
    /// <param name="period">The month the input names, or <see langword="null"/> when it could not be read.</param>
    public static ReportReadResult Failure(IEnumerable<InputProblem> problems, OrganisationUnit? unit, YearMonth? period)
    {
        var list = problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems));
        if (list.Length == 0)
        {
            throw new ArgumentException("A failure needs at least one problem.", nameof(problems));
        }

        return new(null, list, unit, period);
    }

    /// <summary>The report, or an exception listing every problem.</summary>
    /// <exception cref="ReportReadException">The input had problems.</exception>
    public MonthlyReport GetReportOrThrow() => Report ?? throw new ReportReadException(Problems);

    /// <summary>Gets the report when there is one.</summary>
    /// <param name="report">The report.</param>
    public bool TryGetReport([NotNullWhen(true)] out MonthlyReport? report)
    {
        report = Report;
        return report is not null;
    }
}
