using HuXiao.Excel.Internal;
using HuXiao.Excel.Layout;
using HuXiao.Reporting;

namespace HuXiao.Excel.Reading;

/// <summary>
/// Finds a schema's tables on a sheet by their units row (<c>(所)(所)(所)(人)…</c>) and checks each column's
/// heading above it, so the form reads wherever rows were inserted, columns widened or rows hidden.
/// </summary>
internal static class TableFinder
{
    private const int HeaderRowsAbove = 4;
    private const int DataRowsBelow = 8;

    internal static IReadOnlyList<LocatedTable> Find(SheetGrid grid, ReportSchema schema)
    {
        var found = new List<LocatedTable>();
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

        var layout = FormLayout.For(schema);
        var usedRows = new HashSet<int>();
        foreach (var table in layout.Tables)
        {
            LocatedTable? best = null;
            foreach (var (row, units) in unitRows)
            {
                if (usedRows.Contains(row))
                {
                    continue;
                }

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
                    var candidate = Check(grid, schema, table.Table, row, columns);
                    if (candidate.MatchedLabels * 2 >= columns.Length && (best is null || candidate.MatchedLabels > best.MatchedLabels))
                    {
                        best = candidate;
                    }
                }
            }

            if (best is not null)
            {
                usedRows.Add(best.UnitsRow);
                found.Add(best);
            }
        }

        return found;
    }

    private static LocatedTable Check(SheetGrid grid, ReportSchema schema, IndicatorTable table, int unitsRow, int[] columns)
    {
        var problems = new List<InputProblem>();
        var matched = 0;
        for (var k = 0; k < columns.Length; k++)
        {
            var indicator = table.Indicators[k];
            var label = Text.Key(indicator.Label);
            var ok = false;
            string? shown = null;
            for (var r = unitsRow - 1; r >= Math.Max(1, unitsRow - HeaderRowsAbove) && !ok; r--)
            {
                var key = grid.ShownKeyAt(r, columns[k]);
                ok = key == label;
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
                var cell = Text.SheetRef(grid.Name, CellName(unitsRow - 1, columns[k]));
                var found = Text.Clean(shown);
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.HeaderMismatch,
                    cell,
                    $"{cell}（{indicator.Code}）：列标题为“{Problems.Quote(found)}”，应为“{indicator.Label}”。表头被改动，此列无法确认，请按原表恢复表头。",
                    $"{cell} ({indicator.Code}): the column heading is \"{Problems.Quote(found)}\", expected \"{indicator.Label}\" ({indicator.Name}). The header was changed, so the column cannot be trusted; restore the form's header.",
                    indicator.Code));
            }
        }

        int newRow = 0, totalRow = 0;
        var lastRow = unitsRow + DataRowsBelow;
        for (var r = unitsRow + 1; r <= lastRow; r++)
        {
            for (var c = 1; c < columns[0]; c++)
            {
                var key = grid.KeyAt(r, c);
                if (newRow == 0 && key == FormLayout.NewRowLabel)
                {
                    newRow = r;
                }
                else if (totalRow == 0 && key == FormLayout.TotalRowLabel)
                {
                    totalRow = r;
                }
            }
        }

        foreach (var (rowNumber, label, english) in new[] { (newRow, FormLayout.NewRowLabel, "new this month"), (totalRow, FormLayout.TotalRowLabel, "total") })
        {
            if (rowNumber == 0)
            {
                var near = Text.SheetRef(grid.Name, CellName(unitsRow + 1, 1));
                problems.Add(Problems.Workbook(
                    ExcelErrorCodes.TableNotFound,
                    near,
                    $"表 {table.Code} 的“{label}”行未找到（应在第 {unitsRow} 行单位行之下，首列写“{label}”）。",
                    $"Table {table.Code}'s \"{label}\" ({english}) row was not found: it should be below the units row {unitsRow}, with \"{label}\" in its first column."));
            }
        }

        return new LocatedTable(table, unitsRow, columns, newRow, totalRow, matched, problems);
    }

    internal static string CellName(int row, int col)
    {
        var letters = string.Empty;
        for (var c = col; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
