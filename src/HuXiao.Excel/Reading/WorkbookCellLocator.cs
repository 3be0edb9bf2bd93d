using HuXiao.Excel.Reading;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;

namespace HuXiao.Excel;

/// <summary>
/// Where each cell of a report read from a workbook was: <c>Sheet!C9</c>. Pass it to
/// <see cref="RuleSet.Validate(MonthlyReport, MonthlyReport?, IReportLocator?)"/> so findings point at cells.
/// Immutable and thread-safe.
/// </summary>
public sealed class WorkbookCellLocator : IReportLocator
{
    private readonly Dictionary<(string Code, ReportRow Row), Ooxml.CellAddress> _cells;

    internal WorkbookCellLocator(string sheetName, Dictionary<(string Code, ReportRow Row), Ooxml.CellAddress> cells)
    {
        SheetName = sheetName;
        _cells = cells;
    }

    /// <summary>The name of the sheet the form was read from.</summary>
    public string SheetName { get; }

    /// <summary>How many cells are located.</summary>
    public int Count => _cells.Count;

    /// <summary>The cell's address on its sheet, for example <c>C9</c>, or <see langword="null"/> if the form had no such cell.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="row">新增 or 合计.</param>
    public string? CellAddress(string indicatorCode, ReportRow row)
        => indicatorCode is not null && _cells.TryGetValue((indicatorCode, row), out var address) ? address.ToString() : null;

    /// <inheritdoc />
    /// <returns>The location with its sheet, for example <c>校园安全工作进展报表!C9</c>, or <see langword="null"/>.</returns>
    public string? Locate(string indicatorCode, ReportRow row)
        => CellAddress(indicatorCode, row) is { } address ? Text.SheetRef(SheetName, address) : null;
}
