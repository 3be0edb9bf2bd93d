using HuXiao.Excel.Layout;
using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Reading;

/// <summary>
/// The header lines printed above the first table: <c>填表单位：…</c> and <c>统计月份：…</c>. The value is what
/// follows the label in its cell, or else the next cell to its right that holds something (before the next label).
/// </summary>
internal sealed record PrintedHeader(PrintedHeader.Line? Unit, PrintedHeader.Line? Period)
{
    private static readonly string[] s_unitLabels = [Text.Key(FormLayout.UnitLinePrefix).TrimEnd(':'), "填报单位"];
    private static readonly string[] s_periodLabels = [Text.Key(FormLayout.PeriodLinePrefix).TrimEnd(':'), "填报月份", "报表月份"];

    /// <summary>A label found on the sheet: its value (empty when blank), where the value is, and the cell that holds it.</summary>
    internal sealed record Line(string Value, string Location, StoredCell Cell, string LabelLocation);

    internal static PrintedHeader Read(SheetGrid grid, int lastRow)
    {
        Line? unit = null, period = null;
        foreach (var row in grid.Rows.TakeWhile(r => r <= lastRow))
        {
            foreach (var (col, key) in grid.RowCells(row))
            {
                if (unit is null && Label(key, s_unitLabels) is { } unitLabel)
                {
                    unit = ValueOf(grid, row, col, unitLabel);
                }
                else if (period is null && Label(key, s_periodLabels) is { } periodLabel)
                {
                    period = ValueOf(grid, row, col, periodLabel);
                }
            }
        }

        return new PrintedHeader(unit, period);
    }

    private static string? Label(string key, string[] labels) => Array.Find(labels, l => key.StartsWith(l, StringComparison.Ordinal));

    private static bool IsAnyLabel(string key) => Label(key, s_unitLabels) is not null || Label(key, s_periodLabels) is not null;

    private static Line ValueOf(SheetGrid grid, int row, int col, string label)
    {
        var raw = Text.Clean(grid.RawAt(row, col));
        var labelAt = grid.Locate(row, col);

        // The label's own text: 填表单位：金水区, 填表单位 金水区, 填表单位:金水区.
        var rest = Text.AfterLabel(raw, label);
        if (rest.Length > 0)
        {
            return new Line(rest, labelAt, grid.Sheet[row, col], labelAt);
        }

        // Else the next cell to the right that is not under the label's merge and not another label.
        foreach (var (next, key) in grid.RowCells(row))
        {
            if (next <= col || grid.OriginOf(row, next) == grid.OriginOf(row, col))
            {
                continue;
            }

            if (IsAnyLabel(key))
            {
                break;
            }

            return new Line(Text.Clean(grid.RawAt(row, next)), grid.Locate(row, next), grid.Sheet[row, next], labelAt);
        }

        // A date typed as a real date sits in the grid as a number; any other stored value right of the label counts too.
        var stored = grid.Sheet.Cells
            .Where(c => c.Address.Row == row && c.Address.Col > col && c.HasValue && grid.OriginOf(row, c.Address.Col) != grid.OriginOf(row, col))
            .OrderBy(c => c.Address.Col)
            .FirstOrDefault();
        return stored.HasValue && !IsAnyLabel(Text.Key(stored.Text))
            ? new Line(stored.Text ?? string.Empty, grid.Locate(row, stored.Address.Col), stored, labelAt)
            : new Line(string.Empty, labelAt, grid.Sheet[row, col], labelAt);
    }
}
