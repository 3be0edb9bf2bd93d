using HuXiao.Excel.Layout;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// The row labels read as 新增 and 合计: the printed ones and a short list of variants clerks write that mean the
/// same (each a decision written down in the Excel article). White space and full-width characters do not count.
/// Any other label on a row that holds values is refused at the label cell.
/// </summary>
internal static class RowLabels
{
    /// <summary>新增, and 本月新增 / 当月新增 / 新增数: what changed in the reporting month.</summary>
    internal static readonly IReadOnlyList<string> New = [FormLayout.NewRowLabel, "本月新增", "当月新增", "新增数"];

    /// <summary>合计, its traditional form 合計, and 累计 / 累計 / 合计数 / 累计数: the running total or month-end level.</summary>
    internal static readonly IReadOnlyList<string> Total = [FormLayout.TotalRowLabel, "合計", "累计", "累計", "合计数", "累计数"];

    /// <summary>Which row a normalised label names, or null.</summary>
    internal static ReportRow? Match(string key)
        => New.Contains(key) ? ReportRow.New : Total.Contains(key) ? ReportRow.Total : null;

    internal static string Accepted(ReportRow row) => string.Join("、", row == ReportRow.New ? New : Total);
}
