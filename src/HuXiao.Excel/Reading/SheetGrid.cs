using System.Globalization;
using ClosedXML.Excel;
using HuXiao.Excel.Internal;

namespace HuXiao.Excel.Reading;

/// <summary>
/// The text cells of a sheet, indexed by position, with merged headings spread over the cells they cover: what
/// the table finder searches for labels and units. Formula cells are left out (labels are never formulas).
/// </summary>
internal sealed class SheetGrid
{
    // Labels are searched in this window only; a form sits far inside it.
    internal const int MaxRow = 5_000;
    internal const int MaxColumn = 256;

    private readonly Dictionary<(int Row, int Col), string> _raw = [];
    private readonly Dictionary<(int Row, int Col), string> _keys = [];
    private readonly Dictionary<(int Row, int Col), (int Row, int Col)> _mergedOrigin = [];
    private readonly Dictionary<int, List<(int Col, string Key)>> _byRow = [];

    internal SheetGrid(IXLWorksheet sheet)
    {
        Sheet = sheet;
        Name = sheet.Name;
        foreach (var cell in sheet.CellsUsed())
        {
            var address = cell.Address;
            if (address.RowNumber > MaxRow || address.ColumnNumber > MaxColumn || cell.HasFormula)
            {
                continue;
            }

            string text;
            if (cell.DataType == XLDataType.Text)
            {
                text = cell.GetString();
            }
            else if (cell.DataType == XLDataType.Number)
            {
                text = cell.GetDouble().ToString("R", CultureInfo.InvariantCulture);
            }
            else
            {
                continue;
            }

            var key = Text.Key(text);
            if (key.Length == 0)
            {
                continue;
            }

            _raw[(address.RowNumber, address.ColumnNumber)] = text;
            _keys[(address.RowNumber, address.ColumnNumber)] = key;
        }

        foreach (var range in sheet.MergedRanges)
        {
            var first = range.RangeAddress.FirstAddress;
            var last = range.RangeAddress.LastAddress;
            if (first.RowNumber > MaxRow || first.ColumnNumber > MaxColumn)
            {
                continue;
            }

            var lastRow = Math.Min(last.RowNumber, MaxRow);
            var lastCol = Math.Min(last.ColumnNumber, MaxColumn);
            if ((long)(lastRow - first.RowNumber + 1) * (lastCol - first.ColumnNumber + 1) > 10_000)
            {
                continue;
            }

            for (var r = first.RowNumber; r <= lastRow; r++)
            {
                for (var c = first.ColumnNumber; c <= lastCol; c++)
                {
                    _mergedOrigin[(r, c)] = (first.RowNumber, first.ColumnNumber);
                }
            }
        }

        foreach (var ((row, col), key) in _keys)
        {
            if (!_byRow.TryGetValue(row, out var list))
            {
                _byRow[row] = list = [];
            }

            list.Add((col, key));
        }

        foreach (var list in _byRow.Values)
        {
            list.Sort((a, b) => a.Col.CompareTo(b.Col));
        }

        Rows = _byRow.Keys.Order().ToArray();
    }

    internal IXLWorksheet Sheet { get; }

    internal string Name { get; }

    /// <summary>Rows that hold text, in order.</summary>
    internal IReadOnlyList<int> Rows { get; }

    /// <summary>The normalised text of a cell itself, or empty.</summary>
    internal string KeyAt(int row, int col) => _keys.TryGetValue((row, col), out var key) ? key : string.Empty;

    /// <summary>The text of a cell itself, or null.</summary>
    internal string? RawAt(int row, int col) => _raw.TryGetValue((row, col), out var raw) ? raw : null;

    /// <summary>The normalised text shown over a cell: its own, or that of the merged range covering it.</summary>
    internal string ShownKeyAt(int row, int col)
    {
        var own = KeyAt(row, col);
        if (own.Length > 0)
        {
            return own;
        }

        return _mergedOrigin.TryGetValue((row, col), out var origin) ? KeyAt(origin.Row, origin.Col) : string.Empty;
    }

    /// <summary>The text cells of a row, in column order.</summary>
    internal IReadOnlyList<(int Col, string Key)> RowCells(int row)
        => _byRow.TryGetValue(row, out var list) ? list : [];
}
