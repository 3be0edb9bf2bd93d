using System.Globalization;
using HuXiao.Excel.Ooxml;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads the 具体情况 sheet: found by its header row (指标代码, 日期, 地点, 简要情况), not by its name, so a
/// renamed sheet still reads. One case per non-empty row.
/// </summary>
internal static class CaseSheetReader
{
    private const int HeaderSearchRows = 20;
    private const int MaxCases = 10_000;

    internal static IReadOnlyList<CaseDetail> Read(FormReadContext context, IEnumerable<SheetGrid> sheets, ReportSchema schema, List<InputProblem> problems)
    {
        foreach (var grid in sheets)
        {
            foreach (var row in grid.Rows.TakeWhile(r => r <= HeaderSearchRows))
            {
                int code = 0, date = 0, place = 0, summary = 0;
                foreach (var (col, key) in grid.RowCells(row))
                {
                    switch (key)
                    {
                        case "指标代码": code = col; break;
                        case "日期": date = col; break;
                        case "地点": place = col; break;
                        case "简要情况": summary = col; break;
                    }
                }

                if (code > 0 && date > 0 && place > 0 && summary > 0)
                {
                    return ReadRows(context, grid, schema, row, code, date, place, summary, problems);
                }
            }
        }

        return [];
    }

    private static List<CaseDetail> ReadRows(FormReadContext context, SheetGrid grid, ReportSchema schema, int headerRow, int codeCol, int dateCol, int placeCol, int summaryCol, List<InputProblem> problems)
    {
        var cases = new List<CaseDetail>();
        var sheet = grid.Sheet;
        var lastRow = Math.Min(sheet.Cells.Where(c => c.HasValue || c.HasFormula).Select(c => c.Address.Row).DefaultIfEmpty(headerRow).Max(), headerRow + MaxCases);
        for (var row = headerRow + 1; row <= lastRow; row++)
        {
            var dateCell = sheet[row, dateCol];
            var before = problems.Count;
            var code = TextOf(context, sheet, sheet[row, codeCol], problems);
            var place = TextOf(context, sheet, sheet[row, placeCol], problems);
            var summary = TextOf(context, sheet, sheet[row, summaryCol], problems);
            if (problems.Count > before)
            {
                continue;
            }

            var dateEmpty = !dateCell.HasFormula && (!dateCell.HasValue || (dateCell.Kind == StoredKind.Text && Text.Key(dateCell.Text).Length == 0));
            if (code.Length == 0 && place.Length == 0 && summary.Length == 0 && dateEmpty)
            {
                continue;
            }

            var codeKey = Text.NumberText(code).ToUpperInvariant();
            if (!schema.TryGetIndicator(codeKey, out var indicator))
            {
                var cell = grid.Locate(row, codeCol);
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.UnknownIndicator,
                    cell,
                    $"{cell}（具体情况第 {row} 行）：指标代码为“{Problems.Quote(code)}”，表中没有此指标；应为 {schema.Indicators[0].Code}–{schema.Indicators[^1].Code} 之一，如 B17。",
                    $"{cell} (case details, row {row}): found indicator code \"{Problems.Quote(code)}\", which the form does not have; expected one of {schema.Indicators[0].Code}–{schema.Indicators[^1].Code}, such as B17."));
                continue;
            }

            var read = DateReader.Read(context, sheet, dateCell, DateText.Role.Case);
            if (read.Outcome == DateText.Outcome.Bad)
            {
                var cell = grid.Locate(row, dateCol);
                var (whyZh, whyEn) = read.WhyZh is null ? (string.Empty, string.Empty) : ("，" + read.WhyZh, ", " + read.WhyEn);
                problems.Add(read.Formula
                    ? Problems.Workbook(
                        ExcelErrorCodes.FormulaError,
                        cell,
                        $"{cell}（具体情况，{indicator.Code} {indicator.Label}）：日期填的是“{Problems.Quote(read.Found)}”{whyZh}。",
                        $"{cell} (case details, {indicator.Code} {indicator.Label}): found date \"{Problems.Quote(read.Found)}\"{whyEn}.",
                        indicator.Code)
                    : Problems.Workbook(
                        ExcelErrorCodes.BadDate,
                        cell,
                        $"{cell}（具体情况，{indicator.Code} {indicator.Label}）：日期填的是“{Problems.Quote(read.Found)}”{whyZh}，无法读出；应为 2017-05-03 这样的日期（只写月日或日时按统计月份推定），或留空。",
                        $"{cell} (case details, {indicator.Code} {indicator.Label}): found date \"{Problems.Quote(read.Found)}\"{whyEn}, which cannot be read; expected a date such as 2017-05-03 (a month and day, or a day, alone take the rest from the month reported on), or blank.",
                        indicator.Code));
                continue;
            }

            cases.Add(new CaseDetail(indicator.Code, read.Date, place, summary));
        }

        return cases;
    }

    /// <summary>
    /// A text cell's text as shown: text, a number's digits, a formula's stored result. A formula whose result was
    /// not stored, or cannot be trusted, is refused at its cell rather than read as empty.
    /// </summary>
    internal static string TextOf(FormReadContext context, StoredSheet sheet, StoredCell cell, List<InputProblem> problems)
    {
        if (cell.HasFormula && (context.Workbook.RecalculatesOnOpen || !cell.HasValue || cell.Kind == StoredKind.Error))
        {
            var location = Text.SheetRef(sheet.Name, cell.Address.ToString());
            var found = FormulaCheck.Found(sheet, cell);
            problems.Add(Problems.Workbook(
                ExcelErrorCodes.FormulaError,
                location,
                $"{location}：填的是“{Problems.Quote(found)}”，公式的结果{(cell.HasValue && !context.Workbook.RecalculatesOnOpen ? "是错误值" : "没有保存或已过时")}；{FormulaCheck.FixZh.Replace("数字", "内容", StringComparison.Ordinal)}。",
                $"{location}: found \"{Problems.Quote(found)}\", a formula whose result {(cell.HasValue && !context.Workbook.RecalculatesOnOpen ? "is an error" : "was not stored or is out of date")}; {FormulaCheck.FixEn.Replace("the number", "the text", StringComparison.Ordinal)}."));
            return string.Empty;
        }

        return cell.Kind switch
        {
            StoredKind.Number => cell.Number.ToString("0.##########", CultureInfo.InvariantCulture),
            StoredKind.Text or StoredKind.Boolean or StoredKind.Error or StoredKind.IsoDate => Text.Clean(cell.Text),
            _ => string.Empty,
        };
    }
}
