using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HuXiao.Reporting.Aggregation.Kernels;

/// <summary>
/// The leaf level of a roll-up: a run of narrow rows (32-bit cells, then filled words, see <see cref="CellLayout"/>)
/// summed into 64-bit accumulators, with the filled bits ORed and the blanks counted. No allocation.
/// </summary>
/// <remarks>
/// <para>
/// These sums cannot overflow, so they carry no overflow test: every addend lies in [−2³¹, 2³¹) and one accumulator
/// takes fewer than 2³¹ rows (a batch's row count is an <see cref="int"/>), so every partial sum lies within
/// ±2⁶² — far inside the 64-bit range — whatever the order of addition. A value outside the 32-bit range is never
/// in a narrow row: its report is kept in a wide row, summed with the checked <see cref="CheckedSums"/>.
/// </para>
/// <para>
/// Rows whose every cell is small (within ±<see cref="SmallLimit"/>, as every count of the form is in practice) take
/// a faster path: each chunk of <see cref="SmallChunkRows"/> rows is summed in 32-bit lanes, eight cells to a vector
/// and a whole row of the Zhengzhou form in 12 registers, and widened into the 64-bit accumulators once per chunk.
/// A chunk's 32-bit sums cannot wrap: <see cref="SmallChunkRows"/> × <see cref="SmallLimit"/> = 2³¹, so every
/// partial sum lies in [−2³¹, 2³¹ − <see cref="SmallChunkRows"/>]. Whether rows are small is the caller's to say
/// (<see cref="Aggregation.ReportRows.AllSmall"/>); rows that are not take the widening path below.
/// </para>
/// <para>
/// The AVX2 path keeps 48 accumulators (12 vectors of 4) in registers and streams the run once per block of 48
/// slots, widening each 4 slots to 64 bits as it loads them; a row of the Zhengzhou form (96 slots, 6 cache
/// lines) is two such blocks. Slots past the cells (the filled words, padding) are summed too, into accumulator
/// lanes nobody reads, so no lane needs a scalar tail. The filled words are ORed and ANDed across the run; only a
/// run in which some row left a cell blank is scanned again (from cache) to count the blanks.
/// </para>
/// </remarks>
internal static class NarrowRowSums
{
    /// <summary>Slots summed per register block: 12 vectors of 4.</summary>
    internal const int BlockSlots = 48;

    /// <summary>Rows read per chunk: 16 rows of the Zhengzhou form are 6 KB, well inside L1.</summary>
    internal const int ChunkRows = 16;

    /// <summary>A small value lies in [−<see cref="SmallLimit"/>, <see cref="SmallLimit"/>): 2²⁵, over 33 million.</summary>
    internal const int SmallLimit = 1 << 25;

    /// <summary>Rows of small values summed in 32-bit lanes before widening: <see cref="SmallChunkRows"/> × <see cref="SmallLimit"/> = 2³¹.</summary>
    internal const int SmallChunkRows = 64;

    /// <summary>Slots of a small-path register block: 12 vectors of 8.</summary>
    internal const int SmallBlockSlots = 96;

    /// <summary>Accumulator lanes the kernel needs: one per slot of a row (<see cref="CellLayout.NarrowStride"/>); the lanes past the cells are scratch.</summary>
    internal static int AccumulatorLength(CellLayout layout) => layout.NarrowStride;

    /// <summary>
    /// acc[c] += row[c] for every row and cell; filled |= every row's filled words; blanks[c] += the rows that left
    /// cell c blank.
    /// </summary>
    /// <param name="rows">Whole narrow rows, <see cref="CellLayout.NarrowStride"/> slots each.</param>
    /// <param name="layout">The rows' layout.</param>
    /// <param name="acc"><see cref="AccumulatorLength"/> 64-bit sums; the lanes past the cells are scratch.</param>
    /// <param name="filled">The filled words ORed so far (<see cref="CellLayout.Words"/> of them).</param>
    /// <param name="blanks">Per cell, the rows that left it blank so far.</param>
    /// <param name="allSmall">Whether every cell of every row is a small value (see <see cref="IsSmall"/>); only then may the 32-bit path run.</param>
    internal static void Sum(ReadOnlySpan<int> rows, CellLayout layout, Span<long> acc, Span<ulong> filled, Span<int> blanks, bool allSmall)
    {
        if (Avx2.IsSupported && allSmall)
        {
            SumSmallAvx2(rows, layout, acc, filled, blanks);
        }
        // Stryker disable once Boolean : equivalent, the scalar path gives the same sums (each path is tested apart)
        else if (Avx2.IsSupported)
        {
            SumAvx2(rows, layout, acc, filled, blanks);
        }
        else
        {
            // Stryker disable once Statement : not reached on AVX2 hardware; the scalar path is tested apart
            SumScalar(rows, layout, acc, filled, blanks);
        }
    }

    /// <summary>The AVX2 path of <see cref="Sum"/> (tested apart on hardware that has it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SumAvx2(ReadOnlySpan<int> rows, CellLayout layout, Span<long> acc, Span<ulong> filled, Span<int> blanks)
    {
        Check(rows, layout, acc, filled, blanks);
        unchecked
        {
            var stride = layout.NarrowStride;
            ref var a = ref MemoryMarshal.GetReference(acc);
            for (var first = 0; first < rows.Length; first += ChunkRows * stride)
            {
                // A chunk of rows stays in L1 while each block of its slots, then its filled words, are read.
                var chunk = rows.Slice(first, Math.Min(ChunkRows * stride, rows.Length - first));
                ref var s = ref MemoryMarshal.GetReference(chunk);
                var rowCount = (nuint)(chunk.Length / stride);
                nuint block = 0;
                // Stryker disable once Arithmetic,Equality : equivalent, a last block left to the remainder loop gives the same sums
                for (; block + BlockSlots <= (nuint)stride; block += BlockSlots)
                {
                    SumBlock(ref s, ref a, block, (nuint)stride, rowCount);
                }

                // A remainder of 16 or 32 slots: accumulators in L1, row after row.
                for (; block < (nuint)stride; block += 4)
                {
                    var sum = Vector256.LoadUnsafe(ref a, block);
                    for (nuint r = 0, o = block; r < rowCount; r++, o += (nuint)stride)
                    {
                        sum += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o));
                    }

                    sum.StoreUnsafe(ref a, block);
                }

                Bits(chunk, layout, filled, blanks);
            }
        }
    }

    /// <summary>
    /// The AVX2 path of <see cref="Sum"/> for rows of small values only: 32-bit sums over each chunk of
    /// <see cref="SmallChunkRows"/> rows, widened once per chunk. A row holding a value that is not small gives a
    /// wrong sum here; the caller must know it holds none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SumSmallAvx2(ReadOnlySpan<int> rows, CellLayout layout, Span<long> acc, Span<ulong> filled, Span<int> blanks)
    {
        Check(rows, layout, acc, filled, blanks);
        unchecked
        {
            var stride = layout.NarrowStride;
            ref var a = ref MemoryMarshal.GetReference(acc);
            for (var first = 0; first < rows.Length; first += SmallChunkRows * stride)
            {
                var chunk = rows.Slice(first, Math.Min(SmallChunkRows * stride, rows.Length - first));
                ref var s = ref MemoryMarshal.GetReference(chunk);
                var rowCount = (nuint)(chunk.Length / stride);
                nuint block = 0;
                // Stryker disable once Arithmetic,Equality : equivalent, a last block left to the remainder loop gives the same sums
                for (; block + SmallBlockSlots <= (nuint)stride; block += SmallBlockSlots)
                {
                    SumSmallBlock(ref s, ref a, block, (nuint)stride, rowCount);
                }

                // A remainder of whole cache lines (16 slots): two vectors at a time.
                for (; block < (nuint)stride; block += CellLayout.SlotsPerLine)
                {
                    var s0 = Vector256<int>.Zero;
                    var s1 = Vector256<int>.Zero;
                    for (nuint r = 0, o = block; r < rowCount; r++, o += (nuint)stride)
                    {
                        s0 += Vector256.LoadUnsafe(ref s, o);
                        s1 += Vector256.LoadUnsafe(ref s, o + 8);
                    }

                    AddWidened(ref a, block, s0);
                    AddWidened(ref a, block + 8, s1);
                }

                Bits(chunk, layout, filled, blanks);
            }
        }
    }

    /// <summary>Whether a value is small: within [−<see cref="SmallLimit"/>, <see cref="SmallLimit"/>).</summary>
    internal static bool IsSmall(long value) => unchecked((ulong)(value + SmallLimit)) < 2UL * SmallLimit;

    /// <summary>The portable path of <see cref="Sum"/>, for hardware without AVX2.</summary>
    internal static void SumScalar(ReadOnlySpan<int> rows, CellLayout layout, Span<long> acc, Span<ulong> filled, Span<int> blanks)
    {
        Check(rows, layout, acc, filled, blanks);
        var stride = layout.NarrowStride;
        for (var offset = 0; offset < rows.Length; offset += stride)
        {
            for (var c = 0; c < stride; c++)
            {
                acc[c] += rows[offset + c];
            }
        }

        Bits(rows, layout, filled, blanks);
    }

    /// <summary>Widens a narrow row's cells into 64-bit values (a blank is 0).</summary>
    /// <param name="row">One narrow row.</param>
    /// <param name="cells">The cell count.</param>
    /// <param name="values">At least <paramref name="cells"/> values.</param>
    internal static void Widen(ReadOnlySpan<int> row, int cells, Span<long> values)
    {
        if (row.Length < cells || values.Length < cells)
        {
            throw new ArgumentException("The row or the values are shorter than the cells.", nameof(values));
        }

        var c = 0;
        // Stryker disable once Boolean : equivalent, the scalar loop widens the same values
        if (Avx2.IsSupported)
        {
            ref var s = ref MemoryMarshal.GetReference(row);
            ref var d = ref MemoryMarshal.GetReference(values);
            // Stryker disable once Equality : equivalent, a last block of 4 left to the scalar loop widens the same values
            for (; c <= cells - 4; c += 4)
            {
                Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, (nuint)c)).StoreUnsafe(ref d, (nuint)c);
            }
        }

        for (; c < cells; c++)
        {
            values[c] = row[c];
        }
    }

    /// <summary>Whether every value fits a narrow (32-bit) cell.</summary>
    internal static bool FitNarrow(ReadOnlySpan<long> values)
    {
        foreach (var v in values)
        {
            if (v != unchecked((int)v))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(ReadOnlySpan<int> rows, CellLayout layout, Span<long> acc, Span<ulong> filled, Span<int> blanks)
    {
        if (rows.Length % layout.NarrowStride != 0 || acc.Length != layout.NarrowStride || filled.Length != layout.Words || blanks.Length < layout.Cells)
        {
            throw new ArgumentException("The rows, accumulators, filled words or blank counts do not match the layout.", nameof(rows));
        }
    }

    /// <summary>48 slots of every row of the run, added into 12 vector accumulators held in registers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SumBlock(ref int s, ref long a, nuint block, nuint stride, nuint rowCount)
    {
        unchecked
        {
            var a0 = Vector256.LoadUnsafe(ref a, block);
            var a1 = Vector256.LoadUnsafe(ref a, block + 4);
            var a2 = Vector256.LoadUnsafe(ref a, block + 8);
            var a3 = Vector256.LoadUnsafe(ref a, block + 12);
            var a4 = Vector256.LoadUnsafe(ref a, block + 16);
            var a5 = Vector256.LoadUnsafe(ref a, block + 20);
            var a6 = Vector256.LoadUnsafe(ref a, block + 24);
            var a7 = Vector256.LoadUnsafe(ref a, block + 28);
            var a8 = Vector256.LoadUnsafe(ref a, block + 32);
            var a9 = Vector256.LoadUnsafe(ref a, block + 36);
            var a10 = Vector256.LoadUnsafe(ref a, block + 40);
            var a11 = Vector256.LoadUnsafe(ref a, block + 44);
            for (nuint r = 0, o = block; r < rowCount; r++, o += stride)
            {
                a0 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o));
                a1 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 4));
                a2 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 8));
                a3 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 12));
                a4 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 16));
                a5 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 20));
                a6 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 24));
                a7 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 28));
                a8 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 32));
                a9 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 36));
                a10 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 40));
                a11 += Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref s, o + 44));
            }

            a0.StoreUnsafe(ref a, block);
            a1.StoreUnsafe(ref a, block + 4);
            a2.StoreUnsafe(ref a, block + 8);
            a3.StoreUnsafe(ref a, block + 12);
            a4.StoreUnsafe(ref a, block + 16);
            a5.StoreUnsafe(ref a, block + 20);
            a6.StoreUnsafe(ref a, block + 24);
            a7.StoreUnsafe(ref a, block + 28);
            a8.StoreUnsafe(ref a, block + 32);
            a9.StoreUnsafe(ref a, block + 36);
            a10.StoreUnsafe(ref a, block + 40);
            a11.StoreUnsafe(ref a, block + 44);
        }
    }

    /// <summary>96 slots of every row of a chunk (at most <see cref="SmallChunkRows"/> rows of small values), summed in 32-bit lanes held in 12 registers, then widened into the accumulators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SumSmallBlock(ref int s, ref long a, nuint block, nuint stride, nuint rowCount)
    {
        unchecked
        {
            var s0 = Vector256<int>.Zero;
            var s1 = s0;
            var s2 = s0;
            var s3 = s0;
            var s4 = s0;
            var s5 = s0;
            var s6 = s0;
            var s7 = s0;
            var s8 = s0;
            var s9 = s0;
            var s10 = s0;
            var s11 = s0;
            for (nuint r = 0, o = block; r < rowCount; r++, o += stride)
            {
                s0 += Vector256.LoadUnsafe(ref s, o);
                s1 += Vector256.LoadUnsafe(ref s, o + 8);
                s2 += Vector256.LoadUnsafe(ref s, o + 16);
                s3 += Vector256.LoadUnsafe(ref s, o + 24);
                s4 += Vector256.LoadUnsafe(ref s, o + 32);
                s5 += Vector256.LoadUnsafe(ref s, o + 40);
                s6 += Vector256.LoadUnsafe(ref s, o + 48);
                s7 += Vector256.LoadUnsafe(ref s, o + 56);
                s8 += Vector256.LoadUnsafe(ref s, o + 64);
                s9 += Vector256.LoadUnsafe(ref s, o + 72);
                s10 += Vector256.LoadUnsafe(ref s, o + 80);
                s11 += Vector256.LoadUnsafe(ref s, o + 88);
            }

            AddWidened(ref a, block, s0);
            AddWidened(ref a, block + 8, s1);
            AddWidened(ref a, block + 16, s2);
            AddWidened(ref a, block + 24, s3);
            AddWidened(ref a, block + 32, s4);
            AddWidened(ref a, block + 40, s5);
            AddWidened(ref a, block + 48, s6);
            AddWidened(ref a, block + 56, s7);
            AddWidened(ref a, block + 64, s8);
            AddWidened(ref a, block + 72, s9);
            AddWidened(ref a, block + 80, s10);
            AddWidened(ref a, block + 88, s11);
        }
    }

    /// <summary>a[at..at + 8] += the eight 32-bit sums, each widened with its sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddWidened(ref long a, nuint at, Vector256<int> sums)
    {
        unchecked
        {
            (Vector256.LoadUnsafe(ref a, at) + Avx2.ConvertToVector256Int64(sums.GetLower())).StoreUnsafe(ref a, at);
            (Vector256.LoadUnsafe(ref a, at + 4) + Avx2.ConvertToVector256Int64(sums.GetUpper())).StoreUnsafe(ref a, at + 4);
        }
    }

    /// <summary>
    /// ORs every row's filled words into <paramref name="filled"/>; if any row left a cell blank (the AND of the
    /// run lacks a bit of the mask), scans the run again and counts each blank per cell.
    /// </summary>
    private static void Bits(ReadOnlySpan<int> rows, CellLayout layout, Span<ulong> filled, Span<int> blanks)
    {
        var stride = layout.NarrowStride;
        var words = layout.Words;
        var mask = layout.ValidMask;
        Span<ulong> all = stackalloc ulong[words];
        // Stryker disable once Statement : equivalent, without it a run never looks complete and its blanks are counted one by one, finding none
        all.Fill(ulong.MaxValue);

        // The filled words within one vector of 8 slots (up to 3 words; the Zhengzhou form's 2 are slots 92–95 of
        // the vector at 88): one OR and one AND per row.
        // Stryker disable once Bitwise,Unary : equivalent, a misplaced vector only sends the filled words to the scalar loop
        var vector = layout.FilledOffset & ~7;
        // Stryker disable once Arithmetic,Equality : equivalent, only chooses between the vector and the scalar loop over the filled words; no rows leave both empty
        var inOneVector = Vector256.IsHardwareAccelerated && layout.FilledOffset + (words * 2) <= vector + 8 && rows.Length > 0;
        if (inOneVector)
        {
            ref var s = ref MemoryMarshal.GetReference(rows);
            var any = Vector256<int>.Zero;
            var every = Vector256<int>.AllBitsSet;
            for (var o = (nuint)vector; o < (nuint)rows.Length; o += (nuint)stride)
            {
                var v = Vector256.LoadUnsafe(ref s, o);
                any |= v;
                every &= v;
            }

            Span<int> lanes = stackalloc int[16];
            any.CopyTo(lanes);
            // Stryker disable once Statement : equivalent, without it a run never looks complete and its blanks are counted one by one, finding none
            every.CopyTo(lanes[8..]);
            var first = layout.FilledOffset - vector;
            var anyWords = MemoryMarshal.Cast<int, ulong>(lanes.Slice(first, words * 2));
            var everyWords = MemoryMarshal.Cast<int, ulong>(lanes.Slice(8 + first, words * 2));
            for (var w = 0; w < words; w++)
            {
                filled[w] |= anyWords[w];
                all[w] = everyWords[w];
            }
        }
        else
        {
            for (var offset = layout.FilledOffset; offset < rows.Length; offset += stride)
            {
                var bits = MemoryMarshal.Cast<int, ulong>(rows.Slice(offset, words * 2));
                for (var w = 0; w < words; w++)
                {
                    filled[w] |= bits[w];
                    all[w] &= bits[w];
                }
            }
        }

        // Stryker disable once Boolean : equivalent, a run taken as incomplete has its blanks counted one by one, finding none
        var complete = true;
        for (var w = 0; w < words; w++)
        {
            complete &= (all[w] & mask[w]) == mask[w];
        }

        if (complete)
        {
            // Stryker disable once Statement : equivalent, counting the blanks of a complete run finds none
            return;
        }

        for (var offset = layout.FilledOffset; offset < rows.Length; offset += stride)
        {
            var bits = MemoryMarshal.Cast<int, ulong>(rows.Slice(offset, words * 2));
            for (var w = 0; w < words; w++)
            {
                var missing = ~bits[w] & mask[w];
                while (missing != 0)
                {
                    blanks[(w << 6) + BitOperations.TrailingZeroCount(missing)]++;
                    missing &= missing - 1;
                }
            }
        }
    }
}
