using System.Globalization;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads one indicator cell as a whole number or a blank, from what the file stores and what the cell shows: a
/// number whose format shows that number, a number typed as text (full-width digits, surrounding spaces and a valid
/// thousands grouping are fine), or a formula's stored number that <see cref="FormulaCheck"/> accepts. Anything
/// else is refused at the cell.
/// </summary>
internal static class CellValueReader
{
    // A double holds every whole number up to 2^53 exactly; past that a spreadsheet number may have lost digits.
    private const double ExactLimit = 9_007_199_254_740_992d;

    private const string FormatFixZh = "请把单元格格式改为“常规”或“数值”（0 位小数）后重新填写";
    private const string FormatFixEn = "set the cell's format to General or Number (0 decimals) and enter the number again";

    internal static (long? Value, InputProblem? Problem) Read(FormReadContext context, StoredSheet sheet, int rowNumber, int col, Indicator indicator, ReportRow row)
    {
        var negativeAllowed = row == ReportRow.New && indicator.Kind == IndicatorKind.Stock;
        var (expectedZh, expectedEn) = negativeAllowed
            ? ("整数（存量的新增可为负数）", "a whole number (a stock's 新增 may be negative)")
            : ("不小于 0 的整数", "a whole number, 0 or more");
        var cell = sheet[rowNumber, col];

        InputProblem Fail(string code, string found, string? whyZh = null, string? whyEn = null, string? fixZh = null, string? fixEn = null)
            => Problems.Cell(code, sheet.Name, cell.Address.ToString(), indicator, row, found, expectedZh, expectedEn, whyZh, whyEn, fixZh, fixEn);

        if (cell.HasFormula)
        {
            if (FormulaCheck.Check(context, sheet, cell) is { } why)
            {
                return (null, Fail(ExcelErrorCodes.FormulaError, FormulaCheck.Found(sheet, cell), why.WhyZh, why.WhyEn, why.FixZh, why.FixEn));
            }
        }
        else if (!cell.HasValue)
        {
            return (null, null);
        }

        var format = context.FormatOf(cell);
        long? result;
        switch (cell.Kind)
        {
            case StoredKind.Number:
                {
                    // What was found, as the problem quotes it: only worked out for a problem.
                    string Shown() => cell.Number.ToString("R", CultureInfo.InvariantCulture);
                    string Found() => cell.HasFormula ? FormulaCheck.Found(sheet, cell) : Shown();
                    var display = format.Shows(cell.Number);
                    if (display == Ooxml.NumberFormat.Display.Date)
                    {
                        var date = DateReader.FromSerial(cell.Number, context.Workbook.Date1904);
                        var asDate = date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : Shown();
                        return (null, Fail(ExcelErrorCodes.NotANumber, Found(), $"单元格格式“{format.Code}”把它显示为日期或时间（{asDate}）", $"the cell's format \"{format.Code}\" shows it as a date or time ({asDate})"));
                    }

                    if (display != Ooxml.NumberFormat.Display.Number)
                    {
                        var (zh, en) = Describe(display, format, Shown());
                        return (null, Fail(ExcelErrorCodes.NumberFormatMismatch, Found(), zh, en, FormatFixZh, FormatFixEn));
                    }

                    if (Math.Abs(cell.Number) > ExactLimit)
                    {
                        return (null, Fail(ExcelErrorCodes.NumberOutOfRange, Found(), "超出电子表格可精确保存的范围", "out of the range a spreadsheet holds exactly"));
                    }

                    if (cell.Number != Math.Floor(cell.Number))
                    {
                        return (null, Fail(ExcelErrorCodes.NotWholeNumber, Found(), "有小数（单元格可能只显示了整数部分）", "a fraction (the cell may show it rounded)"));
                    }

                    result = (long)cell.Number;
                    break;
                }

            case StoredKind.Text:
                {
                    var text = cell.Text ?? string.Empty;
                    if (format.HidesText && Text.Key(text).Length > 0)
                    {
                        return (null, Fail(ExcelErrorCodes.NumberFormatMismatch, text, $"单元格格式“{format.Code}”不显示所填的文字", $"the cell's format \"{format.Code}\" does not show the text typed", FormatFixZh, FormatFixEn));
                    }

                    var (outcome, value) = WholeNumberText.Parse(text);
                    switch (outcome)
                    {
                        case WholeNumberText.Outcome.Blank:
                            return (null, null);
                        case WholeNumberText.Outcome.Fraction:
                            return (null, Fail(ExcelErrorCodes.NotWholeNumber, text, "有小数", "a fraction"));
                        case WholeNumberText.Outcome.OutOfRange:
                            return (null, Fail(ExcelErrorCodes.NumberOutOfRange, text, "超出 64 位整数范围", "outside the 64-bit range"));
                        case WholeNumberText.Outcome.NotANumber:
                            return (null, Fail(ExcelErrorCodes.NotANumber, text, WhyNotANumber(text).Zh, WhyNotANumber(text).En));
                    }

                    result = value;
                    break;
                }

            case StoredKind.Boolean:
                return (null, Fail(ExcelErrorCodes.NotANumber, cell.Text ?? string.Empty, "是逻辑值", "a true/false value"));
            case StoredKind.Error:
                return (null, Fail(ExcelErrorCodes.NotANumber, cell.Text ?? string.Empty, "是错误值", "an error value"));
            default:
                return (null, Fail(ExcelErrorCodes.NotANumber, cell.Text ?? string.Empty, "是日期", "a date"));
        }

        if (result < 0 && !negativeAllowed)
        {
            return (null, Fail(ExcelErrorCodes.NegativeNotAllowed, result.Value.ToString(CultureInfo.InvariantCulture), "是负数", "a negative number"));
        }

        return (result, null);
    }

    private static (string Zh, string En) WhyNotANumber(string text)
    {
        var trimmed = Text.Clean(text);
        return trimmed.Any(c => char.IsWhiteSpace(c) || c == ',' || c == '，') && trimmed.Any(char.IsDigit)
            ? ("数字中间有空格、换行或逗号，不是有效的千位分隔", "digits separated by spaces, line breaks or commas that are not a valid thousands grouping")
            : ("是文字", "text");
    }

    private static (string Zh, string En) Describe(Ooxml.NumberFormat.Display display, Ooxml.NumberFormat format, string stored) => display switch
    {
        Ooxml.NumberFormat.Display.Percent => ($"单元格格式“{format.Code}”把 {stored} 显示为百分数", $"the cell's format \"{format.Code}\" shows {stored} as a percentage"),
        Ooxml.NumberFormat.Display.Fraction => ($"单元格格式“{format.Code}”显示为分数", $"the cell's format \"{format.Code}\" shows a fraction"),
        Ooxml.NumberFormat.Display.Scientific => ($"单元格格式“{format.Code}”用科学记数法显示，会舍去位数", $"the cell's format \"{format.Code}\" shows scientific notation, which drops digits"),
        Ooxml.NumberFormat.Display.Scaled => ($"单元格格式“{format.Code}”把数按千（或更多）缩小显示", $"the cell's format \"{format.Code}\" shows the number divided by a thousand or more"),
        Ooxml.NumberFormat.Display.Nothing => ($"单元格格式“{format.Code}”不显示这个数，单元格看起来是空的", $"the cell's format \"{format.Code}\" hides the number: the cell looks blank"),
        Ooxml.NumberFormat.Display.OtherText => ($"单元格格式“{format.Code}”显示文字而不是这个数", $"the cell's format \"{format.Code}\" shows text instead of the number"),
        Ooxml.NumberFormat.Display.NoMinus => ($"单元格格式“{format.Code}”显示负数时不带负号", $"the cell's format \"{format.Code}\" shows the negative number without its minus sign"),
        _ => ($"单元格格式“{format.Code}”按数值大小显示不同内容", $"the cell's format \"{format.Code}\" shows different things depending on the value"),
    };
}
