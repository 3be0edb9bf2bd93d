using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>The problems the reader reports, with their Chinese and English messages in one place.</summary>
internal static class Problems
{
    internal static string RowZh(ReportRow row) => row == ReportRow.New ? "新增" : "合计";

    internal static string RowEn(ReportRow row) => row == ReportRow.New ? "new this month (新增)" : "total (合计)";

    internal static string Quote(string found) => found.Length > 40 ? found[..40] + "…" : found;

    /// <summary>A bad value in an indicator's cell: where, which indicator and row, what was found, what was expected.</summary>
    internal static InputProblem Cell(string code, string sheet, string cell, Indicator indicator, ReportRow row, string found, string expectedZh, string expectedEn, string? whyZh = null, string? whyEn = null, string? fixZh = null, string? fixEn = null)
    {
        var location = Text.SheetRef(sheet, cell);
        return new InputProblem(
            code,
            location,
            $"{location}（{indicator.Code} {indicator.Label}，{RowZh(row)}）：填的是“{Quote(found)}”{(whyZh is null ? string.Empty : "，" + whyZh)}，应为{expectedZh}{(fixZh is null ? string.Empty : "；" + fixZh)}。",
            $"{location} ({indicator.Code} {indicator.Label} / {indicator.Name}, {RowEn(row)}): found \"{Quote(found)}\"{(whyEn is null ? string.Empty : ", " + whyEn)}, expected {expectedEn}{(fixEn is null ? string.Empty : "; " + fixEn)}.",
            indicator.Code);
    }

    internal static InputProblem Workbook(string code, string? location, string zh, string en, string? indicatorCode = null)
        => new(code, location, zh, en, indicatorCode);
}
