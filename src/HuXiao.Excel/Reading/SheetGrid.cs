using HuXiao.Excel.Ooxml;

namespace HuXiao.Excel.Reading;

/// <summary>
/// The text a sheet shows, indexed by position, with merged headings spread over the cells they cover: what the
/// table finder searches for labels and units. A formula's stored text result counts as text. Which cells hold
/// anything at all (numbers and formulas too) is indexed by row as well.
/// </summary>
internal sealed class SheetGrid
{
    // Labels are searched in this window only; a form sits far inside it.
    internal const int MaxRow = 5_000;
    internal const int MaxColumn = 256;

    private readonly Dictionary<(int Row, int Col), (string Raw, string Key)> _texts;
    private readonly Dictionary<(int Row, int Col), (int Row, int Col)> _mergedOrigin;
    private readonly Dictionary<int, List<(int Col, string Key)>> _byRow = [];
    private readonly Dictionary<int, List<int>> _filledByRow = [];

    internal SheetGrid(StoredSheet sheet)
    {
        _texts = new(sheet.Count);
        Sheet = sheet;
        Name = sheet.Name;
        foreach (var cell in sheet.Cells)
        {
            var address = cell.Address;
            if (address.Row > MaxRow || address.Col > MaxColumn)
            {
                continue;
            }

            if (cell.HasValue || cell.HasFormula)
            {
                if (!_filledByRow.TryGetValue(address.Row, out var filled))
                {
                    _filledByRow[address.Row] = filled = [];
                }

                filled.Add(address.Col);
            }

            // Labels are text; a number is never one (the cells that hold numbers are read from the stored sheet).
            var text = cell.Kind == StoredKind.Text ? cell.Text! : null;
            var key = Text.Key(text);
            if (key.Length == 0)
            {
                continue;
            }

            _texts[(address.Row, address.Col)] = (text!, key);
        }

        _mergedOrigin = new((int)Math.Min(4_096, sheet.Merged.Sum(r => Math.Min(10_000L, (long)(r.Last.Row - r.First.Row + 1) * (r.Last.Col - r.First.Col + 1)))));
        foreach (var range in sheet.Merged)
        {
            var (first, last) = (range.First, range.Last);
            if (first.Row > MaxRow || first.Col > MaxColumn)
            {
                continue;
            }

            var lastRow = Math.Min(last.Row, MaxRow);
            var lastCol = Math.Min(last.Col, MaxColumn);
            if ((long)(lastRow - first.Row + 1) * (lastCol - first.Col + 1) > 10_000)
            {
                continue;
            }

            for (var r = first.Row; r <= lastRow; r++)
            {
                for (var c = first.Col; c <= lastCol; c++)
                {
                    _mergedOrigin[(r, c)] = (first.Row, first.Col);
                }
            }
        }

        foreach (var ((row, col), (_, key)) in _texts)
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

        foreach (var list in _filledByRow.Values)
        {
            list.Sort();
        }

        Rows = _byRow.Keys.Order().ToArray();
    }

    internal StoredSheet Sheet { get; }

    internal string Name { get; }

    /// <summary>Rows that hold text, in order.</summary>
    internal IReadOnlyList<int> Rows { get; }

    /// <summary>The normalised text of a cell itself, or empty.</summary>
    internal string KeyAt(int row, int col) => _texts.TryGetValue((row, col), out var text) ? text.Key : string.Empty;

    /// <summary>The text of a cell itself, or null.</summary>
    internal string? RawAt(int row, int col) => _texts.TryGetValue((row, col), out var text) ? text.Raw : null;

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

    /// <summary>The first cell of the merged range covering a cell, or the cell itself.</summary>
    internal (int Row, int Col) OriginOf(int row, int col) => _mergedOrigin.TryGetValue((row, col), out var origin) ? origin : (row, col);

    /// <summary>The last column of the merged range covering a cell, or the cell's own column.</summary>
    internal int MergeEnd(int row, int col)
    {
        foreach (var range in Sheet.Merged)
        {
            if (range.Contains(row, col))
            {
                return range.Last.Col;
            }
        }

        return col;
    }

    /// <summary>The cells of a row that hold a value or a formula (with or without a stored result), with their text, in column order.</summary>
    internal IEnumerable<(int Col, string Key)> FilledCells(int row)
        => _filledByRow.TryGetValue(row, out var list) ? list.Select(c => (c, KeyAt(row, c))) : [];

    /// <summary>The text cells of a row, in column order.</summary>
    internal IReadOnlyList<(int Col, string Key)> RowCells(int row)
        => _byRow.TryGetValue(row, out var list) ? list : [];

    /// <summary>A cell's name with its sheet, as in <c>校园安全工作进展报表!C7</c>.</summary>
    internal string Locate(int row, int col) => Text.SheetRef(Name, new CellAddress(row, col).ToString());
}
