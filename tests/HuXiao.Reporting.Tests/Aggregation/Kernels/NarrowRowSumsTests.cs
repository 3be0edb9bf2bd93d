using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation.Kernels;

/// <summary>
/// The leaf kernel, every path, against a plain model: every lane of every register block and of the remainder
/// block, for layouts with and without a remainder, row counts on both sides of a chunk, any alignment; the
/// extremes of the values a path takes in every lane (the 32-bit range; for the small path ±2²⁵ over whole chunks,
/// where one row more in a chunk would wrap the 32-bit sums); and each blank counted in its own cell.
/// </summary>
public class NarrowRowSumsTests
{
    internal delegate void Kernel(ReadOnlySpan<int> rows, CellLayout layout, Span<long> acc, Span<ulong> filled, Span<int> blanks);

    // Indicator counts giving: a remainder only (1, and 8 with cells in two of its vectors), one block exactly (23),
    // a block and a remainder of filled words only (24) or holding cells in every vector but the last (28, 31), two
    // blocks (40, and the Zhengzhou form's 46), three blocks and a remainder with three filled words (70).
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Paths())
        {
            foreach (var n in new[] { 1, 8, 23, 24, 28, 31, 40, 46, 70 })
            {
                data.Add(path, n);
            }
        }

        return data;
    }

    private static IEnumerable<string> Paths() => Avx2.IsSupported ? ["avx2", "avx2-small", "scalar"] : ["scalar"];

    private static Kernel PathOf(string name) => name switch
    {
        "avx2" => NarrowRowSums.SumAvx2,
        "avx2-small" => NarrowRowSums.SumSmallAvx2,
        _ => NarrowRowSums.SumScalar,
    };

    /// <summary>The extremes of the values a path sums: the small path's are the small range's.</summary>
    private static long[] Extremes(string path)
        => path == "avx2-small" ? [NarrowRowSums.SmallLimit - 1, -NarrowRowSums.SmallLimit] : [int.MaxValue, int.MinValue];

    /// <summary>Row counts on both sides of each path's chunk.</summary>
    private static int[] RowCounts(string path)
        => path == "avx2-small" ? [1, 3, NarrowRowSums.SmallChunkRows - 1, NarrowRowSums.SmallChunkRows, NarrowRowSums.SmallChunkRows + 1, (2 * NarrowRowSums.SmallChunkRows) + 1] : [1, 3, 4, 16, 17, 33];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_lane_sums_the_extremes_of_its_values_exactly(string path, int indicators)
    {
        var layout = new CellLayout(indicators);
        foreach (var rows in RowCounts(path))
        {
            foreach (var extreme in Extremes(path))
            {
                for (var k = 0; k < layout.Cells; k++)
                {
                    Check(PathOf(path), layout, rows, align: k % 5, (r, c) => c == k ? extreme : Small(r, c));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_row_count_and_alignment_gives_the_model_sums(string path, int indicators)
    {
        var layout = new CellLayout(indicators);
        foreach (var rows in Enumerable.Range(0, 21).Concat([63, 64, 65, 129]))
        {
            for (var align = 0; align < CellLayout.SlotsPerLine; align += 3)
            {
                Check(PathOf(path), layout, rows, align, (r, c) => (r * 7919L) + (c * 104729L) - 50_000);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_blank_is_counted_in_its_own_cell_and_clears_nothing_else(string path, int indicators)
    {
        var layout = new CellLayout(indicators);
        var chunk = path == "avx2-small" ? NarrowRowSums.SmallChunkRows : NarrowRowSums.ChunkRows;
        for (var k = 0; k < layout.Cells; k++)
        {
            // Row 1 and the last row of a second chunk leave cell k blank; every other cell is filled everywhere.
            Check(PathOf(path), layout, rows: chunk + 2, align: 0, (r, c) => c == k && (r == 1 || r == chunk + 1) ? null : Small(r, c));
            // Every row leaves it blank: the cell stays unfilled.
            Check(PathOf(path), layout, rows: 5, align: 0, (r, c) => c == k ? null : Small(r, c));
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_rows_give_the_model_sums_filled_bits_and_blanks()
        => Prop.ForAll(
            (from n in Gen.Elements(1, 8, 23, 24, 28, 46, 70)
             from rows in Gen.Choose(0, 40)
             from align in Gen.Choose(0, 15)
             from cells in Generators.ArrayOf(rows * n * 2, Gen.Frequency(
                 (1, Gen.Constant<long?>(null)),
                 (6, Gen.Choose(int.MinValue, int.MaxValue).Select(v => (long?)v))))
             select (n, rows, align, cells)).ToArbitrary(),
            c =>
            {
                var layout = new CellLayout(c.n);
                foreach (var path in Paths().Where(p => p != "avx2-small"))
                {
                    Check(PathOf(path), layout, c.rows, c.align, (r, cell) => c.cells[(r * layout.Cells) + cell]);
                }
            });

    [Property(MaxTest = 200)]
    public Property Any_rows_of_small_values_give_the_model_sums_on_every_path_and_through_the_dispatch()
        => Prop.ForAll(
            (from n in Gen.Elements(1, 8, 23, 24, 28, 46, 70)
             from rows in Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Choose(60, 200)))
             from align in Gen.Choose(0, 15)
             from cells in Generators.ArrayOf(rows * n * 2, Gen.Frequency(
                 (1, Gen.Constant<long?>(null)),
                 (3, Gen.Choose(-NarrowRowSums.SmallLimit, NarrowRowSums.SmallLimit - 1).Select(v => (long?)v)),
                 (2, Gen.Elements<long?>(NarrowRowSums.SmallLimit - 1, -NarrowRowSums.SmallLimit)),
                 (3, Gen.Choose(-5, 60).Select(v => (long?)v))))
             select (n, rows, align, cells)).ToArbitrary(),
            c =>
            {
                var layout = new CellLayout(c.n);
                foreach (var path in Paths())
                {
                    Check(PathOf(path), layout, c.rows, c.align, (r, cell) => c.cells[(r * layout.Cells) + cell]);
                }

                Check((rows, l, acc, filled, blanks) => NarrowRowSums.Sum(rows, l, acc, filled, blanks, allSmall: true), layout, c.rows, c.align, (r, cell) => c.cells[(r * layout.Cells) + cell]);
            });

    [Fact]
    public void A_chunk_of_the_small_path_cannot_wrap_its_32_bit_sums()
    {
        // Every partial sum of a chunk lies in [−2³¹, 2³¹ − SmallChunkRows]: within int.
        Assert.True((long)NarrowRowSums.SmallChunkRows * NarrowRowSums.SmallLimit <= 1L << 31);
        Assert.True(NarrowRowSums.IsSmall(NarrowRowSums.SmallLimit - 1));
        Assert.True(NarrowRowSums.IsSmall(-NarrowRowSums.SmallLimit));
        Assert.True(NarrowRowSums.IsSmall(0));
        Assert.False(NarrowRowSums.IsSmall(NarrowRowSums.SmallLimit));
        Assert.False(NarrowRowSums.IsSmall(-NarrowRowSums.SmallLimit - 1));
        Assert.False(NarrowRowSums.IsSmall(int.MaxValue));
        Assert.False(NarrowRowSums.IsSmall(int.MinValue));
        Assert.False(NarrowRowSums.IsSmall(long.MaxValue));
        Assert.False(NarrowRowSums.IsSmall(long.MinValue));
    }

    [Fact]
    public void Mismatched_accumulators_or_partial_rows_are_refused()
    {
        var layout = new CellLayout(46);
        foreach (var path in Paths())
        {
            var kernel = PathOf(path);
            Assert.Throws<ArgumentException>(() => kernel(new int[layout.NarrowStride + 1], layout, new long[layout.NarrowStride], new ulong[layout.Words], new int[layout.Cells]));
            Assert.Throws<ArgumentException>(() => kernel(new int[layout.NarrowStride], layout, new long[layout.Cells], new ulong[layout.Words], new int[layout.Cells]));
            Assert.Throws<ArgumentException>(() => kernel(new int[layout.NarrowStride], layout, new long[layout.NarrowStride], new ulong[layout.Words + 1], new int[layout.Cells]));
            var shortBlanks = Assert.Throws<ArgumentException>(() => kernel(new int[layout.NarrowStride], layout, new long[layout.NarrowStride], new ulong[layout.Words], new int[layout.Cells - 1]));
            Assert.Equal("rows", shortBlanks.ParamName);
            Assert.StartsWith("The rows, accumulators, filled words or blank counts do not match the layout.", shortBlanks.Message, StringComparison.Ordinal);

            // Blank counts longer than the cells are allowed: the cells' counts are the first ones.
            var row = new int[layout.NarrowStride];
            var blanks = new int[layout.Cells + 3];
            kernel(row, layout, new long[layout.NarrowStride], new ulong[layout.Words], blanks);
            Assert.All(blanks[..layout.Cells], b => Assert.Equal(1, b));
            Assert.Equal([0, 0, 0], blanks[layout.Cells..]);
        }

        var widen = Assert.Throws<ArgumentException>(() => NarrowRowSums.Widen(new int[3], layout.Cells, new long[layout.Cells]));
        Assert.Equal("values", widen.ParamName);
        Assert.StartsWith("The row or the values are shorter than the cells.", widen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Widen_copies_every_lane_and_the_tail_with_its_sign()
    {
        for (var cells = 0; cells <= 13; cells++)
        {
            for (var k = 0; k < cells; k++)
            {
                foreach (var extreme in new[] { int.MinValue, int.MaxValue, -1 })
                {
                    var row = Enumerable.Range(0, cells + 3).Select(i => i == k ? extreme : i - 5).ToArray();
                    var values = new long[cells + 1];
                    values[cells] = 42;
                    NarrowRowSums.Widen(row, cells, values);
                    Assert.Equal(row.Take(cells).Select(v => (long)v).Append(42), values);
                }
            }
        }

        Assert.Throws<ArgumentException>(() => NarrowRowSums.Widen(new int[3], 4, new long[4]));
    }

    [Fact]
    public void Only_values_within_32_bits_fit_a_narrow_row()
    {
        Assert.True(NarrowRowSums.FitNarrow([int.MinValue, int.MaxValue, 0, -1]));
        Assert.False(NarrowRowSums.FitNarrow([0, (long)int.MaxValue + 1]));
        Assert.False(NarrowRowSums.FitNarrow([(long)int.MinValue - 1, 0]));
        Assert.False(NarrowRowSums.FitNarrow([1L << 32]));
        Assert.True(NarrowRowSums.FitNarrow([]));
    }

    private static long Small(int row, int cell) => ((row * 31) + (cell * 17)) % 101 - 50;

    /// <summary>Builds rows from the cell values (a null is a blank), runs the kernel, and compares it with plain sums.</summary>
    private static void Check(Kernel kernel, CellLayout layout, int rows, int align, Func<int, int, long?> value)
    {
        var stride = layout.NarrowStride;
        var backing = new int[align + (rows * stride)];
        var expected = new Int128[layout.Cells];
        var expectedFilled = new ulong[layout.Words];
        var expectedBlanks = new int[layout.Cells];
        for (var r = 0; r < rows; r++)
        {
            var row = backing.AsSpan(align + (r * stride), stride);
            var bits = MemoryMarshal.Cast<int, ulong>(row.Slice(layout.FilledOffset, layout.Words * 2));
            for (var c = 0; c < layout.Cells; c++)
            {
                if (value(r, c) is { } v)
                {
                    row[c] = checked((int)v);
                    CellLayout.SetFilled(bits, c, true);
                    CellLayout.SetFilled(expectedFilled, c, true);
                    expected[c] += v;
                }
                else
                {
                    expectedBlanks[c]++;
                }
            }
        }

        var acc = new long[NarrowRowSums.AccumulatorLength(layout)];
        var filled = new ulong[layout.Words];
        var blanks = new int[layout.Cells];
        kernel(backing.AsSpan(align, rows * stride), layout, acc, filled, blanks);
        Assert.Equal(expected, acc.Take(layout.Cells).Select(v => (Int128)v));
        Assert.Equal(expectedFilled, filled);
        Assert.Equal(expectedBlanks, blanks);
    }
}
