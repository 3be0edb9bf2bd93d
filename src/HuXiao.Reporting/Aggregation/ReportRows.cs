using System.Runtime.InteropServices;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The cells of a <see cref="ReportBatch"/>: one narrow (32-bit) row per report in one array, rows aligned to
/// 64-byte cache lines, and a wide (64-bit) row for each report that holds a value outside the 32-bit range. Laid
/// out by <see cref="CellLayout"/>. Written only while the batch is built; read-only afterwards.
/// </summary>
/// <remarks>
/// A report whose every value fits 32 bits (all of them, in practice: counts of campuses, guards, cases) costs
/// half the memory of 64-bit cells, and a roll-up streams half the bytes. A wider value is kept exactly: its
/// report's cells all move to a wide row, and its narrow row keeps zeros there, and its filled words as usual.
/// Once wide, a row stays wide. A narrow row holding a value that is not small (outside ±2²⁵, see
/// <see cref="NarrowRowSums.IsSmall"/>) is marked, so that a roll-up sums the runs without such rows in 32-bit lanes
/// (<see cref="AllSmall"/>); a mark may outlive the value (a cell set back to a small value), never the other way.
/// </remarks>
internal sealed class ReportRows
{
    private const int LargeArrayBytes = 85_000;

    private readonly int _stride;
    private int[] _narrow = [];
    private int _base;
    private long[] _wide = [];
    private Dictionary<int, int>? _wideOf;
    private ulong[]? _notSmall;

    internal ReportRows(CellLayout layout, int capacity)
    {
        Layout = layout;
        _stride = layout.NarrowStride;
        Resize(capacity, 0);
    }

    internal CellLayout Layout { get; }

    /// <summary>How many rows fit before the arrays must grow.</summary>
    internal int Capacity { get; private set; }

    /// <summary>The wide rows, in no particular order.</summary>
    internal IEnumerable<int> WideRows => _wideOf?.Keys ?? Enumerable.Empty<int>();

    /// <summary>Consecutive narrow rows, whole.</summary>
    internal ReadOnlySpan<int> Narrow(int first, int count) => _narrow.AsSpan(_base + (first * _stride), count * _stride);

    /// <summary>A row's filled words (a view).</summary>
    internal ReadOnlySpan<ulong> Filled(int row) => MemoryMarshal.Cast<int, ulong>(_narrow.AsSpan(_base + (row * _stride) + Layout.FilledOffset, Layout.Words * 2));

    /// <summary>A wide row's cells (a view), or empty for a narrow row.</summary>
    internal ReadOnlySpan<long> Wide(int row)
        => _wideOf is not null && _wideOf.TryGetValue(row, out var w) ? _wide.AsSpan(w * Layout.Cells, Layout.Cells) : default;

    /// <summary>Whether every cell of the narrow rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 is small (a wide row's narrow row holds zeros).</summary>
    internal bool AllSmall(int first, int count)
    {
        // Stryker disable once Equality : equivalent, a run of no rows has no words to look at either way
        if (_notSmall is null || count <= 0)
        {
            return true;
        }

        var end = first + count;
        // Stryker disable once Bitwise : equivalent, first and end are not negative: >>> and >> are the same shift
        for (var w = first >> 6; w <= (end - 1) >> 6; w++)
        {
            var bits = _notSmall[w];
            // Stryker disable once Bitwise : equivalent, first is not negative: >>> and >> are the same shift
            if (w == first >> 6)
            {
                bits &= ulong.MaxValue << first;
            }

            // Stryker disable once Bitwise : equivalent, end is positive: >>> and >> are the same shift
            if (w == (end - 1) >> 6 && (end & 63) != 0)
            {
                bits &= (1UL << end) - 1;
            }

            if (bits != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a row is wide.</summary>
    internal bool IsWide(int row) => _wideOf is not null && _wideOf.ContainsKey(row);

    /// <summary>A cell's stored value (0 for a blank).</summary>
    internal long Get(int row, int cell)
        => _wideOf is not null && _wideOf.TryGetValue(row, out var w) ? _wide[(w * Layout.Cells) + cell] : _narrow[_base + (row * _stride) + cell];

    /// <summary>Whether a cell is filled.</summary>
    internal bool IsFilled(int row, int cell) => CellLayout.IsFilled(Filled(row), cell);

    /// <summary>A row's cells as 64-bit values (a blank is 0).</summary>
    internal void CopyValues(int row, Span<long> destination)
    {
        var wide = Wide(row);
        if (!wide.IsEmpty)
        {
            wide.CopyTo(destination);
        }
        else
        {
            NarrowRowSums.Widen(_narrow.AsSpan(_base + (row * _stride), _stride), Layout.Cells, destination);
        }
    }

    /// <summary>Sets a cell, or blanks it (a blank holds 0).</summary>
    internal void Set(int row, int cell, long? value)
    {
        var v = value ?? 0;
        if (_wideOf is not null && _wideOf.TryGetValue(row, out var w))
        {
            _wide[(w * Layout.Cells) + cell] = v;
        }
        else if (v == unchecked((int)v))
        {
            _narrow[_base + (row * _stride) + cell] = (int)v;
            if (!NarrowRowSums.IsSmall(v))
            {
                MarkNotSmall(row, true);
            }
        }
        else
        {
            var wide = MakeWide(row);
            _wide[(wide * Layout.Cells) + cell] = v;
        }

        CellLayout.SetFilled(FilledWords(row), cell, value is not null);
    }

    /// <summary>Writes a whole row: its values (a blank holding 0) and filled words.</summary>
    internal void Write(int row, ReadOnlySpan<long> values, ReadOnlySpan<ulong> filled)
    {
        var narrow = _narrow.AsSpan(_base + (row * _stride), Layout.Cells);
        if (IsWide(row) || !NarrowRowSums.FitNarrow(values))
        {
            var w = MakeWide(row);
            values.CopyTo(_wide.AsSpan(w * Layout.Cells, Layout.Cells));
            narrow.Clear();
            // Stryker disable once Statement : equivalent, a wide row left marked as not small only sends its run to the 64-bit path, with the same sums
            MarkNotSmall(row, false);
        }
        else
        {
            var small = true;
            for (var c = 0; c < values.Length; c++)
            {
                narrow[c] = (int)values[c];
                small &= NarrowRowSums.IsSmall(values[c]);
            }

            MarkNotSmall(row, !small);
        }

        filled.CopyTo(FilledWords(row));
    }

    /// <summary>Fills every cell of a row with the given values.</summary>
    internal void WriteAllFilled(int row, ReadOnlySpan<long> values) => Write(row, values, Layout.ValidMask);

    /// <summary>Grows or shrinks to <paramref name="capacity"/> rows, keeping the first <paramref name="rowsInUse"/> (only rows in use are ever wide).</summary>
    internal void Resize(int capacity, int rowsInUse)
    {
        // Rows start on a cache line: 16 more slots leave room to align. A large array is pinned (never moved by the
        // GC) so it stays aligned; a small one may move, which costs nothing but the alignment, and never correctness.
        // Stryker disable once Checked : a capacity that overflows needs an allocation of more than 8 GB; not tested
        var length = checked((capacity * _stride) + CellLayout.SlotsPerLine);
        // Stryker disable once Arithmetic,Equality : equivalent, pinning only keeps a large array aligned; values are the same
        var narrow = GC.AllocateArray<int>(length, pinned: length * sizeof(int) >= LargeArrayBytes);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(narrow, 0);
        // Stryker disable once Arithmetic,Bitwise : equivalent, the start stays within the 16 spare slots; alignment changes speed, not values
        var start = (int)((64 - (address & 63)) & 63) / sizeof(int);
        var kept = Math.Min(rowsInUse, capacity) * _stride;
        // Stryker disable once Equality : equivalent, copying no rows copies nothing
        if (kept > 0)
        {
            _narrow.AsSpan(_base, kept).CopyTo(narrow.AsSpan(start, kept));
        }

        _narrow = narrow;
        _base = start;
        Capacity = capacity;
        if (_notSmall is not null)
        {
            // Stryker disable once Bitwise : equivalent, a longer array of marks, or the same shift for a capacity that is not negative
            Array.Resize(ref _notSmall, (capacity + 63) >> 6);
            if ((capacity & 63) != 0)
            {
                // Rows past the capacity are gone; so are their marks.
                _notSmall[^1] &= (1UL << capacity) - 1;
            }
        }
    }

    private Span<ulong> FilledWords(int row) => MemoryMarshal.Cast<int, ulong>(_narrow.AsSpan(_base + (row * _stride) + Layout.FilledOffset, Layout.Words * 2));

    /// <summary>Marks a narrow row as holding a value that is not small, or clears the mark once it holds none.</summary>
    private void MarkNotSmall(int row, bool notSmall)
    {
        if (notSmall)
        {
            // Stryker disable once Bitwise : equivalent, a longer array of marks, or the same shift for a row that is not negative
            _notSmall ??= new ulong[(Capacity + 63) >> 6];
            _notSmall[row >> 6] |= 1UL << row;
        }
        else if (_notSmall is not null)
        {
            // Stryker disable once Bitwise : equivalent, a row left marked as not small only sends its run to the 64-bit path, with the same sums
            _notSmall[row >> 6] &= ~(1UL << row);
        }
    }

    /// <summary>Moves a row's cells to a wide row (if not there yet) and returns its place among the wide rows.</summary>
    private int MakeWide(int row)
    {
        _wideOf ??= [];
        if (_wideOf.TryGetValue(row, out var w))
        {
            return w;
        }

        w = _wideOf.Count;
        var cells = Layout.Cells;
        // Stryker disable once Equality : equivalent, growing the wide rows one step earlier
        if (_wide.Length < (w + 1) * cells)
        {
            // Stryker disable once Arithmetic : equivalent, the array still grows past the rows needed (4 at least, then twice)
            Array.Resize(ref _wide, Math.Max(4, (w + 1) * 2) * cells);
        }

        var narrow = _narrow.AsSpan(_base + (row * _stride), cells);
        NarrowRowSums.Widen(narrow, cells, _wide.AsSpan(w * cells, cells));
        narrow.Clear();
        // Stryker disable once Statement : equivalent, a wide row left marked as not small only sends its run to the 64-bit path, with the same sums
        MarkNotSmall(row, false);
        _wideOf[row] = w;
        return w;
    }
}
