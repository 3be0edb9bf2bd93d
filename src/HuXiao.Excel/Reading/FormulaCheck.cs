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

    /// <summary>Why a formula's stored result is refused, and how to fix it, in Chinese and English.</summary>
    internal sealed record Refusal(string WhyZh, string WhyEn, string FixZh, string FixEn);

    /// <summary>Null when the stored number can be taken; otherwise why not, and how to fix it.</summary>
    internal static Refusal? Check(FormReadContext context, StoredSheet sheet, StoredCell cell)
    {
        const string TypeZh = "请直接填写数字";
        const string TypeEn = "type the number instead";
        var formula = FormulaEvaluator.FormulaOf(sheet, cell);
        var tokens = formula is null ? [] : FormulaTokenizer.Tokenize(formula);
        if (FormulaScan.RefersToAnotherWorkbook(tokens, context.Workbook))
        {
            return new Refusal("公式引用了其他工作簿，该工作簿不在此文件中", "a formula that refers to another workbook, which is not in this file", TypeZh, TypeEn);
        }

        if (context.Workbook.RecalculatesOnOpen)
        {
            return new Refusal("工作簿设为打开时全部重新计算，按它自己的说法保存的公式结果已过时", "the workbook is set to be recalculated in full when opened, so by its own account its stored formula results are out of date", FixZh, FixEn);
        }

        if (FormulaScan.VolatileFunction(tokens) is { } function)
        {
            return new Refusal($"公式用了 {function}，其结果每次打开文件都会变", $"a formula using {function}, whose result changes every time the file is opened", TypeZh, TypeEn);
        }

        switch (cell.Kind)
        {
            case StoredKind.None:
                return new Refusal("公式没有保存结果（由脚本或某些程序写入时会这样）", "the formula's result was not stored (as scripts and some programs write formulas)", FixZh, FixEn);
            case StoredKind.Error:
                return new Refusal($"公式结果为错误值 {cell.Text}", $"the formula's result is the error {cell.Text}", "请改正公式或直接填写数字", "correct the formula or type the number");
            case StoredKind.Number:
                break;
            default:
                return new Refusal($"公式结果是“{Problems.Quote(cell.Text ?? string.Empty)}”，不是数", $"the formula's result is \"{Problems.Quote(cell.Text ?? string.Empty)}\", not a number", TypeZh, TypeEn);
        }

        var stored = cell.Number.ToString("R", CultureInfo.InvariantCulture);
        var evaluated = context.Evaluator.Evaluate(sheet, cell);
        switch (evaluated.Kind)
        {
            case ValueKind.Circular:
                return new Refusal("公式直接或间接引用了自身（循环引用），保存的结果不可信", "the formula refers to itself, directly or through other cells (a circular reference), so its stored result cannot be trusted", TypeZh, TypeEn);
            case ValueKind.Number when Agrees(evaluated.Number, cell.Number):
            case ValueKind.Unknown:
                return null;
            case ValueKind.Number:
                {
                    var gives = evaluated.Number.ToString("R", CultureInfo.InvariantCulture);
                    return new Refusal($"保存的结果是 {stored}，而公式按表中现有的数算得 {gives}（结果没有随数据更新）", $"its stored result is {stored}, but the formula gives {gives} from the values in the cells (the result was not updated)", FixZh, FixEn);
                }

            case ValueKind.Error:
                return new Refusal($"保存的结果是 {stored}，而公式按表中现有的数算得错误值 {evaluated.Text}", $"its stored result is {stored}, but the formula gives the error {evaluated.Text} from the values in the cells", FixZh, FixEn);
            default:
                return new Refusal($"保存的结果是 {stored}，而公式按表中现有的数算得的不是数", $"its stored result is {stored}, but the formula does not give a number from the values in the cells", FixZh, FixEn);
        }
    }

    private static bool Agrees(double evaluated, double stored)
        => Math.Abs(evaluated - stored) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(evaluated), Math.Abs(stored)));
}
