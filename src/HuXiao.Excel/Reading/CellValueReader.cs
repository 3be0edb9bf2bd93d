using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using HuXiao.Excel.Internal;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads one indicator cell as a whole number or a blank. Accepts numbers stored as text, full-width digits and
/// surrounding spaces; rejects text, fractions, negatives where not allowed, and formulas that fail.
/// </summary>
internal static partial class CellValueReader
{
    // A double holds every whole number up to 2^53 exactly; past that a spreadsheet number may have lost digits.
    private const double ExactLimit = 9_007_199_254_740_992d;

    internal static (long? Value, InputProblem? Problem) Read(IXLCell cell, Indicator indicator, ReportRow row)
    {
        var negativeAllowed = row == ReportRow.New && indicator.Kind == IndicatorKind.Stock;
        var (expectedZh, expectedEn) = negativeAllowed
            ? ("整数（存量的新增可为负数）", "a whole number (a stock's 新增 may be negative)")
            : ("不小于 0 的整数", "a whole number, 0 or more");
        var sheet = cell.Worksheet.Name;
        var address = cell.Address.ToString() ?? string.Empty;

        InputProblem Fail(string code, string found, string? whyZh = null, string? whyEn = null)
            => Problems.Cell(code, sheet, address, indicator, row, found, expectedZh, expectedEn, whyZh, whyEn);

        object value;
        if (cell.HasFormula)
        {
            var formula = "=" + cell.FormulaA1;
            try
            {
                value = cell.Value;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return (null, Fail(ExcelErrorCodes.FormulaError, formula, "公式无法计算（出错或引用了其他工作簿）", "a formula that cannot be evaluated (an error, or a link to another workbook)"));
            }

            if (value is string s && s.StartsWith('#'))
            {
                return (null, Fail(ExcelErrorCodes.FormulaError, formula + " → " + s, "公式结果为错误值", "a formula whose result is an error"));
            }
        }
        else if (cell.IsEmpty())
        {
            return (null, null);
        }
        else
        {
            switch (cell.DataType)
            {
                case XLDataType.Number:
                    value = cell.GetDouble();
                    break;
                case XLDataType.Text:
                    value = cell.GetString();
                    break;
                case XLDataType.Boolean:
                    return (null, Fail(ExcelErrorCodes.NotANumber, cell.GetBoolean() ? "TRUE" : "FALSE", "是逻辑值", "a true/false value"));
                case XLDataType.DateTime:
                    return (null, Fail(ExcelErrorCodes.NotANumber, cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "是日期（单元格格式为日期）", "a date (the cell is formatted as a date)"));
                default:
                    return (null, Fail(ExcelErrorCodes.NotANumber, cell.GetString(), "不是数", "not a number"));
            }
        }

        long? result;
        InputProblem? problem;
        switch (value)
        {
            case double d:
                (result, problem) = FromDouble(d, d.ToString("R", CultureInfo.InvariantCulture), Fail);
                break;
            case string s:
                (result, problem) = FromText(s, Fail);
                break;
            case bool b:
                return (null, Fail(ExcelErrorCodes.NotANumber, b ? "TRUE" : "FALSE", "是逻辑值", "a true/false value"));
            case DateTime dt:
                return (null, Fail(ExcelErrorCodes.NotANumber, dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "是日期", "a date"));
            default:
                {
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                    if (text.Length == 0)
                    {
                        return (null, null);
                    }

                    (result, problem) = FromText(text, Fail);
                    break;
                }
        }

        if (problem is not null || result is null)
        {
            return (null, problem);
        }

        if (result < 0 && !negativeAllowed)
        {
            return (null, Fail(ExcelErrorCodes.NegativeNotAllowed, result.Value.ToString(CultureInfo.InvariantCulture), "是负数", "a negative number"));
        }

        return (result, null);
    }

    private static (long?, InputProblem?) FromDouble(double d, string shown, Func<string, string, string?, string?, InputProblem> fail)
    {
        if (double.IsNaN(d))
        {
            return (null, fail(ExcelErrorCodes.NotANumber, shown, "不是数", "not a number"));
        }

        if (double.IsInfinity(d) || Math.Abs(d) > ExactLimit)
        {
            return (null, fail(ExcelErrorCodes.NumberOutOfRange, shown, "超出可精确表示的范围", "out of the range a spreadsheet holds exactly"));
        }

        if (d != Math.Floor(d))
        {
            return (null, fail(ExcelErrorCodes.NotWholeNumber, shown, "有小数", "a fraction"));
        }

        return ((long)d, null);
    }

    private static (long?, InputProblem?) FromText(string raw, Func<string, string, string?, string?, InputProblem> fail)
    {
        var text = Text.NumberText(raw);
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (Integer().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? (whole, null)
                : (null, fail(ExcelErrorCodes.NumberOutOfRange, raw, "超出 64 位整数范围", "outside the 64-bit range"));
        }

        if (Decimal().IsMatch(text))
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dec))
            {
                if (dec != decimal.Truncate(dec))
                {
                    return (null, fail(ExcelErrorCodes.NotWholeNumber, raw, "有小数", "a fraction"));
                }

                return dec is >= long.MinValue and <= long.MaxValue
                    ? ((long)dec, null)
                    : (null, fail(ExcelErrorCodes.NumberOutOfRange, raw, "超出 64 位整数范围", "outside the 64-bit range"));
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? FromDouble(d, raw, fail)
                : (null, fail(ExcelErrorCodes.NumberOutOfRange, raw, "超出范围", "out of range"));
        }

        return (null, fail(ExcelErrorCodes.NotANumber, raw, "是文字", "text"));
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();
}
