using System.Diagnostics.CodeAnalysis;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel;

/// <summary>
/// The outcome of reading a form from a workbook: the report and where each of its cells was, or every problem
/// found, each with its sheet, cell, indicator, what was found and what was expected. Immutable.
/// </summary>
public sealed class ExcelReadResult
{
    private static readonly HashSet<string> s_refusals = new(StringComparer.Ordinal)
    {
        ExcelErrorCodes.NoForm, ExcelErrorCodes.AmbiguousForm, ExcelErrorCodes.SheetNotFound, ExcelErrorCodes.OtherSchema,
        ExcelErrorCodes.MissingUnit, ExcelErrorCodes.MissingPeriod, ExcelErrorCodes.BadMetadata, ExcelErrorCodes.TableNotFound,
    };

    internal ExcelReadResult(MonthlyReport? report, IReadOnlyList<InputProblem> problems, WorkbookCellLocator? locator, OrganisationUnit? unit = null, YearMonth? period = null)
    {
        Report = report;
        Problems = problems;
        Locator = locator;
        Unit = report?.Unit ?? unit;
        Period = report?.Period ?? period;
    }

    /// <summary>
    /// Whose form it is, when that could be read, also when the form was refused for its cells: a refused form is a
    /// filed form with errors, not a missing one. Null when the unit could not be told.
    /// </summary>
    public OrganisationUnit? Unit { get; }

    /// <summary>The month the form reports on, when that could be read, also when the form was refused for its cells.</summary>
    public YearMonth? Period { get; }

    /// <summary>The report, when the form was read without problems.</summary>
    public MonthlyReport? Report { get; }

    /// <summary>Every problem found, in sheet order; empty on success.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Where each cell was, when a form was found (also on failure, so problems can be shown in place).</summary>
    public WorkbookCellLocator? Locator { get; }

    /// <summary>Whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null;

    /// <summary>
    /// Whether the workbook was refused as a whole (no form, two forms, another schema, a missing table, no unit
    /// or period) rather than for bad values in cells.
    /// </summary>
    public bool IsRefused => Problems.Any(p => s_refusals.Contains(p.Code));

    /// <summary>The same outcome as the reporting core's <see cref="ReportReadResult"/>, keeping whose form it is when refused.</summary>
    public ReportReadResult ToReportReadResult() => Report is not null ? ReportReadResult.Success(Report) : ReportReadResult.Failure(Problems, Unit, Period);

    /// <summary>The report, or an exception listing every problem.</summary>
    /// <exception cref="ReportReadException">The form had problems.</exception>
    public MonthlyReport GetReportOrThrow() => Report ?? throw new ReportReadException(Problems);
}
