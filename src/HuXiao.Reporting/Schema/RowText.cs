namespace HuXiao.Reporting;

/// <summary>Row names for messages.</summary>
internal static class RowText
{
    internal static string Chinese(ReportRow row) => row == ReportRow.New ? "新增" : "合计";

    internal static string English(ReportRow row) => row == ReportRow.New ? "new this month" : "total";

    internal static string Json(ReportRow row) => row == ReportRow.New ? "new" : "total";
}
