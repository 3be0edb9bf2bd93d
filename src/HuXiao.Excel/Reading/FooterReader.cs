using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Internal;
using HuXiao.Excel.Layout;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Excel.Reading;

/// <summary>Reads the footer below the last table: 审核人, 填表人, 联系电话 and the filing date, found by their labels.</summary>
internal static class FooterReader
{
    private const int RowsBelow = 8;

    internal static (string? Reviewer, string? Preparer, string? Phone, LocalDate? FiledOn) Read(SheetGrid grid, int lastTableRow, List<InputProblem> problems)
    {
        string? reviewer = null, preparer = null, phone = null;
        LocalDate? filedOn = null;
        var labels = new[] { FormLayout.ReviewerLabel, FormLayout.PreparerLabel, FormLayout.PhoneLabel }.Select(l => Text.Key(l).TrimEnd(':')).ToArray();
        var dateFound = false;
        for (var row = lastTableRow + 1; row <= lastTableRow + RowsBelow; row++)
        {
            foreach (var (col, key) in grid.RowCells(row))
            {
                var which = Array.FindIndex(labels, l => key.StartsWith(l, StringComparison.Ordinal));
                if (which >= 0)
                {
                    var value = ValueOf(grid, row, col, labels);
                    switch (which)
                    {
                        case 0: reviewer = value; break;
                        case 1: preparer = value; break;
                        default: phone = value; break;
                    }

                    continue;
                }

                if (!dateFound && key.Contains('年', StringComparison.Ordinal) && key.EndsWith('日'))
                {
                    dateFound = true;
                    var (outcome, date) = DateText.Parse(grid.RawAt(row, col));
                    if (outcome == DateText.Outcome.Bad)
                    {
                        problems.Add(BadDate(grid.Name, row, col, grid.RawAt(row, col) ?? string.Empty));
                    }

                    filedOn = date;
                }
            }

            if (!dateFound)
            {
                // A date typed as a real date (the cell then holds a date, not text).
                foreach (var cell in grid.Sheet.Row(row).CellsUsed())
                {
                    if (!cell.HasFormula && cell.DataType == XLDataType.DateTime)
                    {
                        dateFound = true;
                        filedOn = LocalDate.FromDateTime(cell.GetDateTime());
                        break;
                    }
                }
            }
        }

        return (reviewer, preparer, phone, filedOn);
    }

    private static string? ValueOf(SheetGrid grid, int row, int labelCol, string[] labels)
    {
        var raw = Text.Clean(grid.RawAt(row, labelCol));
        var colon = raw.IndexOfAny([':', '：']);
        var rest = colon >= 0 ? Text.Clean(raw[(colon + 1)..]) : string.Empty;
        if (rest.Length > 0)
        {
            return rest;
        }

        // The value is in a cell to the right, before the next label.
        foreach (var cell in grid.Sheet.Row(row).CellsUsed().Where(c => c.Address.ColumnNumber > labelCol).OrderBy(c => c.Address.ColumnNumber))
        {
            var key = grid.KeyAt(row, cell.Address.ColumnNumber);
            if (labels.Any(l => key.StartsWith(l, StringComparison.Ordinal)) || (key.Contains('年', StringComparison.Ordinal) && key.EndsWith('日')))
            {
                return null;
            }

            var text = cell.HasFormula ? string.Empty
                : cell.DataType == XLDataType.Number ? cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture)
                : cell.DataType == XLDataType.Text ? Text.Clean(cell.GetString())
                : string.Empty;
            if (text.Length > 0)
            {
                return text;
            }
        }

        return null;
    }

    internal static InputProblem BadDate(string sheet, int row, int col, string found)
    {
        var cell = Text.SheetRef(sheet, TableFinder.CellName(row, col));
        return Problems.Workbook(
            ExcelErrorCodes.BadDate,
            cell,
            $"{cell}（填表日期）：填的是“{Problems.Quote(found)}”，不是有效日期，应为“2017年6月1日”这样的日期，或留空“{FormLayout.BlankDate}”。",
            $"{cell} (filing date): found \"{Problems.Quote(found)}\", which is not a valid date; expected a date such as 2017年6月1日, or the blank {FormLayout.BlankDate}.");
    }
}
