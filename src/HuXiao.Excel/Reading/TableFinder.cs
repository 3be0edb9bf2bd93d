using HuXiao.Excel.Layout;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Finds a schema's tables on a sheet by their units row (<c>(所)(所)(所)(人)…</c>) and checks each column's
/// heading above it, so the form reads wherever rows were inserted, columns widened or rows hidden. Every
/// placement is returned, so that a form found twice is refused rather than read once.
/// </summary>
internal static class TableFinder
{
    private const int HeaderRowsAbove = 4;
    private const int DataRowsBelow = 8;

    /// <summary>Every placement of every table of the schema on the sheet (a table may be found more than once).</summary>
    internal static IReadOnlyList<LocatedTable> Find(SheetGrid grid, ReportSchema schema)
    {
        var unitRows = new List<(int Row, List<(int Col, string Symbol)> Units)>();
        foreach (var row in grid.Rows)
        {
            var units = new List<(int, string)>();
            foreach (var (col, key) in grid.RowCells(row))
            {
                if (key.Length >= 3 && key[0] == '(' && key[^1] == ')')
                {
                    units.Add((col, key[1..^1]));
                }
            }

            if (units.Count > 0)
            {
                unitRows.Add((row, units));
            }
        }

        var found = new List<LocatedTable>();
        foreach (var table in FormLayout.For(schema).Tables)
        {
            var placements = new List<LocatedTable>();
            foreach (var (row, units) in unitRows)
            {
                for (var start = 0; start + table.Units.Count <= units.Count; start++)
                {
                    var match = true;
                    for (var k = 0; k < table.Units.Count && match; k++)
                    {
                        match = units[start + k].Symbol == table.Units[k];
                    }

                    if (!match)
                    {
                        continue;
                    }

                    var columns = units.Skip(start).Take(table.Units.Count).Select(u => u.Col).ToArray();
                    var candidate = Check(grid, table, row, columns);
                    if (candidate.MatchedLabels * 2 < columns.Length)
                    {
                        continue;
                    }

                    var overlap = placements.FindIndex(p => p.Overlaps(candidate));
                    if (overlap < 0)
                    {
                        placements.Add(candidate);
                    }
                    else if (candidate.MatchedLabels > placements[overlap].MatchedLabels)
                    {
                        placements[overlap] = candidate;
                    }
                }
            }

            found.AddRange(placements);
        }

        return found;
    }

    private static LocatedTable Check(SheetGrid grid, FormLayout.TableLayout layout, int unitsRow, int[] columns)
    {
        var table = layout.Table;
        var problems = new List<InputProblem>();
        var matched = 0;
        var top = unitsRow - 1;
        for (var k = 0; k < columns.Length; k++)
        {
            var indicator = table.Indicators[k];
            var label = layout.LabelKeys[k];
            var ok = false;
            string? shown = null;
            for (var r = unitsRow - 1; r >= Math.Max(1, unitsRow - HeaderRowsAbove) && !ok; r--)
            {
                var key = grid.ShownKeyAt(r, columns[k]);
                ok = key == label;
                if (ok)
                {
                    top = Math.Min(top, grid.OriginOf(r, columns[k]).Row);
                }

                if (r == unitsRow - 1)
                {
                    shown = grid.RawAt(r, columns[k]);
                }
            }

            if (ok)
            {
                matched++;
            }
            else
            {
                var cell = grid.Locate(unitsRow - 1, columns[k]);
                var found = Text.Clean(shown);
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.HeaderMismatch,
                    cell,
                    $"{cell}（{indicator.Code}）：列标题为“{Problems.Quote(found)}”，应为“{indicator.Label}”。表头被改动，此列无法确认，请按原表恢复表头。",
                    $"{cell} ({indicator.Code}): the column heading is \"{Problems.Quote(found)}\", expected \"{indicator.Label}\" ({indicator.Name}). The header was changed, so the column cannot be trusted; restore the form's header.",
                    indicator.Code));
            }
        }

        // Group headings sit a row above the labels: the table starts at the highest heading found.
        var above = top - 1;
        var grouped = above >= 1 ? columns.FirstOrDefault(c => IsHeading(grid.ShownKeyAt(above, c))) : 0;
        if (grouped > 0)
        {
            top = Math.Min(top, grid.OriginOf(above, grouped).Row);
        }

        return new LocatedTable(table, unitsRow, columns, top, matched, problems);
    }

    /// <summary>
    /// Finds a table's 新增 and 合计 rows between its units row and <paramref name="lastRow"/> (the row before the
    /// next table's heading, or before the footer), by the label left of the table's first column.
    /// </summary>
    internal static LocatedTable LocateRows(SheetGrid grid, LocatedTable table, int lastRow, List<InputProblem> problems)
    {
        int newRow = 0, totalRow = 0;
        var labelProblems = problems.Count;
        var first = table.Columns[0];
        for (var r = table.UnitsRow + 1; r <= lastRow; r++)
        {
            for (var c = 1; c < first; c++)
            {
                var key = grid.KeyAt(r, c);
                if (key.Length == 0)
                {
                    continue;
                }

                var which = RowLabels.Match(key);
                if (which is null)
                {
                    if (HasValues(grid.Sheet, r, table.Columns))
                    {
                        var cell = grid.Locate(r, c);
                        problems.Add(Problems.Workbook(
                            ExcelErrorCodes.TableNotFound,
                            cell,
                            $"{cell}（表 {table.Table.Code}）：行标签为“{Problems.Quote(Text.Clean(grid.RawAt(r, c)))}”，此行有数值但不是“新增”或“合计”。可用的标签：{RowLabels.Accepted(ReportRow.New)}；{RowLabels.Accepted(ReportRow.Total)}。请按原表恢复行标签。",
                            $"{cell} (table {table.Table.Code}): the row label is \"{Problems.Quote(Text.Clean(grid.RawAt(r, c)))}\"; the row holds values but is neither 新增 (new this month) nor 合计 (total). Accepted labels: {RowLabels.Accepted(ReportRow.New)}; {RowLabels.Accepted(ReportRow.Total)}. Restore the form's row label."));
                    }

                    continue;
                }

                ref var found = ref which == ReportRow.New ? ref newRow : ref totalRow;
                if (found == 0)
                {
                    found = r;
                    continue;
                }

                if (found != r)
                {
                    var cell = grid.Locate(r, c);
                    var label = which == ReportRow.New ? FormLayout.NewRowLabel : FormLayout.TotalRowLabel;
                    problems.Add(Problems.Workbook(
                        ExcelErrorCodes.TableNotFound,
                        cell,
                        $"{cell}（表 {table.Table.Code}）：第二个“{label}”行（第一个在第 {found} 行），无法确定读哪一行。请删去多余的行。",
                        $"{cell} (table {table.Table.Code}): a second \"{label}\" row (the first is row {found}); it is not clear which to read. Delete the extra row."));
                }
            }
        }

        // A row whose label was refused above is most likely the one missing: it is not reported twice.
        var labelRefused = problems.Count > labelProblems;
        foreach (var (rowNumber, label, english) in new[] { (newRow, FormLayout.NewRowLabel, "new this month"), (totalRow, FormLayout.TotalRowLabel, "total") })
        {
            if (rowNumber == 0 && !labelRefused)
            {
                var expected = label == FormLayout.NewRowLabel ? table.UnitsRow + 1 : (newRow > 0 ? newRow : table.UnitsRow + 1) + 1;
                var near = grid.Locate(expected, Math.Max(1, first - 1));
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.TableNotFound,
                    near,
                    $"表 {table.Table.Code} 的“{label}”行未找到：应在第 {table.UnitsRow} 行单位行之下、第 {lastRow + 1} 行之前，首列写“{label}”（也可写：{RowLabels.Accepted(label == FormLayout.NewRowLabel ? ReportRow.New : ReportRow.Total)}）。请按原表恢复。",
                    $"Table {table.Table.Code}'s \"{label}\" ({english}) row was not found: it should be below the units row {table.UnitsRow} and above row {lastRow + 1}, labelled \"{label}\" in its first column (or: {RowLabels.Accepted(label == FormLayout.NewRowLabel ? ReportRow.New : ReportRow.Total)}). Restore the form's layout."));
            }
        }

        return table with { NewRow = newRow, TotalRow = totalRow };
    }

    /// <summary>The last row a table's 新增/合计 may be on when no table follows it.</summary>
    internal static int DefaultLastRow(LocatedTable table) => table.UnitsRow + DataRowsBelow;

    private static bool IsHeading(string key) => key.Length > 0 && !key.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'E' or 'e');

    private static bool HasValues(Ooxml.StoredSheet sheet, int row, IReadOnlyList<int> columns)
        => columns.Any(c => sheet[row, c] is { } cell && (cell.HasValue || cell.HasFormula) && !(cell.Kind == Ooxml.StoredKind.Text && Text.Key(cell.Text).Length == 0));
}
