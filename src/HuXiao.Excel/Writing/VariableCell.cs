namespace HuXiao.Excel.Writing;

/// <summary>
/// A cell whose content depends on the unit, the month or the report: text (possibly empty), or a whole number.
/// <see cref="Sheet"/> is 0 for the form sheet and 1 for the 具体情况 sheet.
/// </summary>
internal readonly record struct VariableCell(int Sheet, int Row, int Column, string? Text, long Number)
{
    internal const int FormSheet = 0;
    internal const int CaseSheet = 1;

    internal bool IsNumber => Text is null;

    internal static VariableCell OfText(int sheet, int row, int column, string text) => new(sheet, row, column, text, 0);

    internal static VariableCell OfNumber(int sheet, int row, int column, long number) => new(sheet, row, column, null, number);
}
