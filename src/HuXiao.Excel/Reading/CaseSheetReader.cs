using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Internal;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Reads the 具体情况 sheet: found by its header row (指标代码, 日期, 地点, 简要情况), not by its name, so a
/// renamed sheet still reads. One case per non-empty row.
/// </summary>
internal static class CaseSheetReader
{
    private const int HeaderSearchRows = 20;
    private const int MaxCases = 10_000;

    internal static IReadOnlyList<CaseDetail> Read(IEnumerable<SheetGrid> sheets, ReportSchema schema, List<InputProblem> problems)
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
                    return ReadRows(grid, schema, row, code, date, place, summary, problems);
                }
            }
        }

        return [];
    }

    private static List<CaseDetail> ReadRows(SheetGrid grid, ReportSchema schema, int headerRow, int codeCol, int dateCol, int placeCol, int summaryCol, List<InputProblem> problems)
    {
        var cases = new List<CaseDetail>();
        var ws = grid.Sheet;
        var lastRow = Math.Min(ws.LastRowUsed()?.RowNumber() ?? headerRow, headerRow + MaxCases);
        for (var row = headerRow + 1; row <= lastRow; row++)
        {
            var code = TextOf(ws.Cell(row, codeCol));
            var dateCell = ws.Cell(row, dateCol);
            var place = TextOf(ws.Cell(row, placeCol));
            var summary = TextOf(ws.Cell(row, summaryCol));
            var dateText = dateCell.DataType == XLDataType.DateTime ? null : TextOf(dateCell);
            if (code.Length == 0 && place.Length == 0 && summary.Length == 0 && string.IsNullOrEmpty(dateText) && dateCell.DataType != XLDataType.DateTime)
            {
                continue;
            }

            var codeKey = Text.NumberText(code).ToUpperInvariant();
            if (!schema.TryGetIndicator(codeKey, out var indicator))
            {
                var cell = Text.SheetRef(grid.Name, TableFinder.CellName(row, codeCol));
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.UnknownIndicator,
                    cell,
                    $"{cell}（具体情况第 {row} 行）：指标代码为“{Problems.Quote(code)}”，表中没有此指标；应为 {schema.Indicators[0].Code}–{schema.Indicators[^1].Code} 之一，如 B17。",
                    $"{cell} (case details, row {row}): found indicator code \"{Problems.Quote(code)}\", which the form does not have; expected one of {schema.Indicators[0].Code}–{schema.Indicators[^1].Code}, such as B17."));
                continue;
            }

            LocalDate? date = null;
            if (dateCell.DataType == XLDataType.DateTime && !dateCell.HasFormula)
            {
                date = LocalDate.FromDateTime(dateCell.GetDateTime());
            }
            else
            {
                var (outcome, parsed) = DateText.Parse(dateText);
                if (outcome == DateText.Outcome.Bad)
                {
                    var cell = Text.SheetRef(grid.Name, TableFinder.CellName(row, dateCol));
                    problems.Add(Problems.Workbook(
                        ExcelErrorCodes.BadDate,
                        cell,
                        $"{cell}（具体情况，{indicator.Code} {indicator.Label}）：日期填的是“{Problems.Quote(dateText ?? string.Empty)}”，应为 2017-05-03 这样的日期，或留空。",
                        $"{cell} (case details, {indicator.Code} {indicator.Label}): found date \"{Problems.Quote(dateText ?? string.Empty)}\", expected a date such as 2017-05-03, or blank.",
                        indicator.Code));
                    continue;
                }

                date = parsed;
            }

            cases.Add(new CaseDetail(indicator.Code, date, place, summary));
        }

        return cases;
    }

    private static string TextOf(IXLCell cell)
    {
        if (cell.HasFormula || cell.IsEmpty())
        {
            return string.Empty;
        }

        return cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture),
            XLDataType.Text => Text.Clean(cell.GetString()),
            _ => Text.Clean(cell.GetFormattedString()),
        };
    }
}
