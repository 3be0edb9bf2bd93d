namespace HuXiao.Excel.Ooxml;

/// <summary>
/// One worksheet's cells as stored, its merged ranges and its shared formulas. Only cells within
/// <see cref="MaxRow"/> rows and <see cref="MaxColumn"/> columns are kept: a form and its case list sit far inside.
/// Immutable once read.
/// </summary>
internal sealed class StoredSheet
{
    internal const int MaxRow = 20_000;
    internal const int MaxColumn = 1_024;

    private readonly Dictionary<CellAddress, StoredCell> _cells;
    private readonly Dictionary<int, (CellAddress Origin, string Text)> _shared;

    internal StoredSheet(string name, Dictionary<CellAddress, StoredCell> cells, IReadOnlyList<CellRange> merged, Dictionary<int, (CellAddress, string)> shared)
    {
        Name = name;
        _cells = cells;
        Merged = merged;
        _shared = shared;
    }

    /// <summary>The sheet's name as the workbook lists it.</summary>
    internal string Name { get; }

    /// <summary>Every cell that stores a value or a formula (a cell with only a style is not kept).</summary>
    internal IEnumerable<StoredCell> Cells => _cells.Values;

    /// <summary>How many cells store a value or a formula.</summary>
    internal int Count => _cells.Count;

    /// <summary>The merged ranges.</summary>
    internal IReadOnlyList<CellRange> Merged { get; }

    /// <summary>The cell at an address, if the sheet stores one.</summary>
    internal bool TryGet(CellAddress address, out StoredCell cell) => _cells.TryGetValue(address, out cell);

    /// <summary>The cell at a row and column, or an empty cell.</summary>
    internal StoredCell this[int row, int col]
        => _cells.TryGetValue(new CellAddress(row, col), out var cell) ? cell : new StoredCell(new CellAddress(row, col), StoredKind.None, 0, null, 0, FormulaKind.None, null, 0);

    /// <summary>The first cell and text of a shared formula group.</summary>
    internal bool TryGetShared(int index, out CellAddress origin, out string text)
    {
        if (_shared.TryGetValue(index, out var shared))
        {
            (origin, text) = shared;
            return true;
        }

        (origin, text) = (default, string.Empty);
        return false;
    }
}
