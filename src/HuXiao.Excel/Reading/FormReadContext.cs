using HuXiao.Excel.Formulas;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>What one read of one workbook works with: the stored workbook, the formula evaluator, the caller's options and, once read, the month the form reports on.</summary>
internal sealed class FormReadContext(StoredWorkbook workbook, ExcelReadOptions options)
{
    internal StoredWorkbook Workbook { get; } = workbook;

    internal FormulaEvaluator Evaluator { get; } = new(workbook);

    internal ExcelReadOptions Options { get; } = options;

    internal UnitHierarchy Units => Options.Units;

    /// <summary>The month the form reports on, once read; dates written without a year or month take them from it.</summary>
    internal YearMonth? Period { get; set; }

    internal NumberFormat FormatOf(StoredCell cell) => Workbook.Styles.FormatOf(cell.Style);
}
