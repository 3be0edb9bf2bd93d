namespace HuXiao.Reporting.Validation;

/// <summary>
/// Says where a cell came from in the input a report was read from, so a finding can point at it:
/// <c>Sheet!C5</c> for a workbook, <c>$.total.A05</c> for JSON.
/// </summary>
public interface IReportLocator
{
    /// <summary>The location of a cell, or <see langword="null"/> where the input had none.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="row">新增 or 合计.</param>
    string? Locate(string indicatorCode, ReportRow row);
}
