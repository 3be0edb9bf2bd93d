using System.Globalization;
using HuXiao.Excel.Formulas;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Whether a formula cell's stored result can be taken as what the clerk sees: only a stored number, in a workbook
/// that does not ask to be recalculated when opened, from a formula that refers to no other workbook and calls
/// nothing that changes on every opening (TODAY, NOW, RAND…), and that agrees with what the formula gives over
/// the sheets' stored values wherever that can be evaluated (arithmetic and SUM).
/// </summary>
internal static class FormulaCheck
{
    /// <summary>How to fix a formula whose stored result cannot be trusted.</summary>
    internal const string FixZh = "请在 Excel 或 WPS 中打开并保存，使公式结果保存下来，或直接填写数字";

    /// <summary>The same in English.</summary>
    internal const string FixEn = "open and save it in Excel or WPS so the results are stored, or type the number";

    /// <summary>The formula as the clerk sees it in the formula bar, with its stored result.</summary>
    internal static string Found(StoredSheet sheet, StoredCell cell)
    {
        var formula = "=" + (FormulaEvaluator.FormulaOf(sheet, cell) ?? "{…}");
        return cell.Kind switch
        {
            StoredKind.Number => formula + " → " + cell.Number.ToString("R", CultureInfo.InvariantCulture),
            StoredKind.None => formula,
            _ => formula + " → " + cell.Text,
        };
    }

    /// <summary>Null when the stored number can be taken; otherwise why not, in Chinese and English, with how to fix it.</summary>
    internal static (string Zh, string En)? Check(FormReadContext context, StoredSheet sheet, StoredCell cell)
    {
        var formula = FormulaEvaluator.FormulaOf(sheet, cell);
        var tokens = formula is null ? [] : FormulaTokenizer.Tokenize(formula);
        if (FormulaScan.RefersToAnotherWorkbook(tokens, context.Workbook))
        {
            return ("公式引用了其他工作簿，另一工作簿不在此文件中；请直接填写数字", "a formula that refers to another workbook, which is not in this file; type the number instead");
        }

        if (context.Workbook.RecalculatesOnOpen)
        {
            return ($"工作簿设为打开时全部重新计算，按它自己的说法保存的公式结果已过时；{FixZh}", $"the workbook is set to be recalculated in full when opened, so by its own account its stored formula results are out of date; {FixEn}");
        }

        if (FormulaScan.VolatileFunction(tokens) is { } function)
        {
            return ($"公式用了 {function}，其结果每次打开文件都会变；请直接填写数字", $"a formula using {function}, whose result changes every time the file is opened; type the number instead");
        }

        switch (cell.Kind)
        {
            case StoredKind.None:
                return ($"公式没有保存结果（由脚本或某些程序写入时会这样）；{FixZh}", $"the formula's result was not stored (as scripts and some programs write formulas); {FixEn}");
            case StoredKind.Error:
                return ($"公式结果为错误值 {cell.Text}；请改正公式或直接填写数字", $"the formula's result is the error {cell.Text}; correct the formula or type the number");
            case StoredKind.Number:
                break;
            default:
                return ($"公式结果是“{Problems.Quote(cell.Text ?? string.Empty)}”，不是数；请直接填写数字", $"the formula's result is \"{Problems.Quote(cell.Text ?? string.Empty)}\", not a number; type the number instead");
        }

        var stored = cell.Number.ToString("R", CultureInfo.InvariantCulture);
        var evaluated = context.Evaluator.Evaluate(sheet, cell);
        switch (evaluated.Kind)
        {
            case ValueKind.Circular:
                return ("公式直接或间接引用了自身（循环引用），保存的结果不可信；请直接填写数字", "the formula refers to itself, directly or through other cells (a circular reference), so its stored result cannot be trusted; type the number instead");
            case ValueKind.Number when Agrees(evaluated.Number, cell.Number):
            case ValueKind.Unknown:
                return null;
            case ValueKind.Number:
                {
                    var gives = evaluated.Number.ToString("R", CultureInfo.InvariantCulture);
                    return ($"保存的结果是 {stored}，而公式按表中现有的数算得 {gives}（结果没有随数据更新）；{FixZh}", $"its stored result is {stored}, but the formula gives {gives} from the values in the cells (the result was not updated); {FixEn}");
                }

            case ValueKind.Error:
                return ($"保存的结果是 {stored}，而公式按表中现有的数算得错误值 {evaluated.Text}；{FixZh}", $"its stored result is {stored}, but the formula gives the error {evaluated.Text} from the values in the cells; {FixEn}");
            default:
                return ($"保存的结果是 {stored}，而公式按表中现有的数算得的不是数；{FixZh}", $"its stored result is {stored}, but the formula does not give a number from the values in the cells; {FixEn}");
        }
    }

    private static bool Agrees(double evaluated, double stored)
        => Math.Abs(evaluated - stored) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(evaluated), Math.Abs(stored)));
}
