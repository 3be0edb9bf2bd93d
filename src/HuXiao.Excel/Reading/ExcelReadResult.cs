using System.Diagnostics.CodeAnalysis;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;
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
        ExcelErrorCodes.IdentityConflict, ExcelErrorCodes.UnknownUnit,
    };

    private readonly IReadOnlyDictionary<(string Code, ReportRow Row), string> _refusedCells;

    internal ExcelReadResult(
        MonthlyReport? report,
        IReadOnlyList<InputProblem> problems,
        WorkbookCellLocator? locator,
        OrganisationUnit? unit = null,
        YearMonth? period = null,
        MonthlyReport? partialReport = null,
        IReadOnlyDictionary<(string Code, ReportRow Row), string>? refusedCells = null)
    {
        Report = report;
        Problems = problems;
        Locator = locator;
        Unit = report?.Unit ?? unit;
        Period = report?.Period ?? period;
        PartialReport = report is null ? partialReport : null;
        _refusedCells = refusedCells ?? new Dictionary<(string, ReportRow), string>();
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

    /// <summary>
    /// When the form was refused for some of its cells but its unit, month and tables were read: the report as far
    /// as it was read, every refused cell left blank. Never a report to file; it lets the consistency rules run over
    /// the cells that were read (<see cref="ValidateReadCells"/>), so a clerk sees every error in one round. Null
    /// when <see cref="Report"/> is set, and when the form could not be read that far.
    /// </summary>
    public MonthlyReport? PartialReport { get; }

    /// <summary>Every problem found, in sheet order; empty on success.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Where each cell was, when a form was found (also on failure, so problems can be shown in place).</summary>
    public WorkbookCellLocator? Locator { get; }

    /// <summary>Whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null;

    /// <summary>
    /// Whether the workbook was refused as a whole (no form, two forms, another schema, a missing or changed table,
    /// no unit or month, or sources that disagree on them) rather than for bad values in cells.
    /// </summary>
    public bool IsRefused => Problems.Any(p => s_refusals.Contains(p.Code)) || (Report is null && (Unit is null || Period is null));

    /// <summary>Whether a cell of the form was refused (and counts as blank in <see cref="PartialReport"/>).</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="row">新增 or 合计.</param>
    public bool IsRefusedCell(string indicatorCode, ReportRow row) => _refusedCells.ContainsKey((indicatorCode, row));

    /// <summary>
    /// Runs consistency rules over the cells that were read: over <see cref="Report"/> when the form was read, else
    /// over <see cref="PartialReport"/>, where each refused cell counts as blank. A finding that involves a refused
    /// cell says so in its message, and the blank-cell warning for a refused cell is left out (the refusal says more).
    /// Empty when the form could not be read that far.
    /// </summary>
    /// <param name="rules">The rules, of the form's schema.</param>
    /// <param name="previous">The same unit's report for the month before, for the 合计 chain; optional.</param>
    /// <returns>The findings, each located to its cell.</returns>
    public IReadOnlyList<ValidationFinding> ValidateReadCells(RuleSet rules, MonthlyReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var report = Report ?? PartialReport;
        if (report is null)
        {
            return [];
        }

        var findings = rules.Validate(report, previous, Locator).Findings;
        if (Report is not null || _refusedCells.Count == 0)
        {
            return findings;
        }

        var result = new List<ValidationFinding>(findings.Count);
        foreach (var finding in findings)
        {
            var rows = finding.Row is { } only ? [only] : new[] { ReportRow.New, ReportRow.Total };
            var refused = finding.Indicators
                .SelectMany(code => rows.Select(row => _refusedCells.TryGetValue((code, row), out var at) ? at : null))
                .OfType<string>()
                .Distinct()
                .ToArray();
            if (refused.Length == 0)
            {
                result.Add(finding);
                continue;
            }

            if (rules.Find(finding.RuleCode) is BlankCellRule)
            {
                // The blank-cell warning of a refused cell: the refusal already says what is there.
                continue;
            }

            var cells = string.Join("、", refused);
            result.Add(new ValidationFinding(
                finding.RuleCode,
                finding.Severity,
                finding.Row,
                finding.Indicators,
                finding.Values,
                $"{finding.Message}（{cells} 的值被拒绝，此处按空白计）",
                $"{finding.EnglishMessage} ({string.Join(", ", refused)} was refused and counts as blank here)",
                finding.Location,
                finding.IsNotChecked,
                finding.UnitCode,
                finding.Period));
        }

        return result;
    }

    /// <summary>The same outcome as the reporting core's <see cref="ReportReadResult"/>, keeping whose form it is when refused.</summary>
    public ReportReadResult ToReportReadResult() => Report is not null ? ReportReadResult.Success(Report) : ReportReadResult.Failure(Problems, Unit, Period);

    /// <summary>The report, or an exception listing every problem.</summary>
    /// <exception cref="ReportReadException">The form had problems.</exception>
    public MonthlyReport GetReportOrThrow() => Report ?? throw new ReportReadException(Problems);
}
