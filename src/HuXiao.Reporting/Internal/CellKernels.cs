using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HuXiao.Reporting.Internal;

/// <summary>
/// The roll-up's inner loops over flat cell arrays: vectorised sums that detect overflow instead of wrapping,
/// and the filled-bit bookkeeping. No allocation.
/// </summary>
internal static class CellKernels
{
    /// <summary>acc[i] += src[i] for every i; returns false if any sum left the 64-bit range (acc is then undefined).</summary>
    internal static bool TryAddInto(Span<long> acc, ReadOnlySpan<long> src)
    {
        if (acc.Length != src.Length)
        {
            throw new ArgumentException("Cell arrays differ in length.", nameof(src));
        }

        var i = 0;
        var overflow = Vector<long>.Zero;
        if (Vector.IsHardwareAccelerated && acc.Length >= Vector<long>.Count)
        {
            var a = MemoryMarshal.Cast<long, Vector<long>>(acc);
            var b = MemoryMarshal.Cast<long, Vector<long>>(src);
            for (var v = 0; v < a.Length; v++)
            {
                var x = a[v];
                var y = b[v];
                var r = x + y;
                // A signed sum overflowed iff both operands differ in sign from the result.
                overflow |= (x ^ r) & (y ^ r);
                a[v] = r;
            }

            i = a.Length * Vector<long>.Count;
        }

        long scalarOverflow = 0;
        for (; i < acc.Length; i++)
        {
            var x = acc[i];
            var y = src[i];
            var r = unchecked(x + y);
            scalarOverflow |= (x ^ r) & (y ^ r);
            acc[i] = r;
        }

        return scalarOverflow >= 0 && !Vector.LessThanAny(overflow, Vector<long>.Zero);
    }

    /// <summary>ORs the filled bits of a child into the parent's and counts, per cell, how many children filled it.</summary>
    internal static void AccumulateFilled(Span<ulong> filled, ReadOnlySpan<ulong> childFilled, Span<int> counts)
    {
        for (var w = 0; w < filled.Length; w++)
        {
            var bits = childFilled[w];
            filled[w] |= bits;
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                counts[(w << 6) + bit]++;
                bits &= bits - 1;
            }
        }
    }

    /// <summary>
    /// acc[c] += delta[c], detecting overflow; on overflow acc is left unchanged and false is returned.
    /// </summary>
    internal static bool TryAddChecked(Span<long> acc, ReadOnlySpan<long> delta, Span<long> scratch)
    {
        acc.CopyTo(scratch);
        if (!TryAddInto(scratch[..acc.Length], delta))
        {
            return false;
        }

        scratch[..acc.Length].CopyTo(acc);
        return true;
    }

    /// <summary>
    /// For each row's filled bits (as many words per row as <paramref name="filled"/> has), ORs them into
    /// <paramref name="filled"/> and counts, per cell, the rows that left it blank. A fully filled row costs two
    /// word operations; only blank cells are visited bit by bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AccumulateBlanks(Span<ulong> filled, ReadOnlySpan<ulong> rowsFilled, ReadOnlySpan<ulong> validMask, Span<int> blanks)
    {
        var words = filled.Length;
        for (var offset = 0; offset < rowsFilled.Length; offset += words)
        {
            for (var w = 0; w < words; w++)
            {
                var bits = rowsFilled[offset + w];
                filled[w] |= bits;
                var missing = ~bits & validMask[w];
                while (missing != 0)
                {
                    blanks[(w << 6) + BitOperations.TrailingZeroCount(missing)]++;
                    missing &= missing - 1;
                }
            }
        }
    }

    /// <summary>Whether any cell selected by <paramref name="mask"/> (all bits set) holds a negative value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool AnyNegative(ReadOnlySpan<long> values, ReadOnlySpan<long> mask)
    {
        ref var v = ref MemoryMarshal.GetReference(values);
        ref var m = ref MemoryMarshal.GetReference(mask);
        var i = 0;
        var n = Math.Min(values.Length, mask.Length);
        if (Vector256.IsHardwareAccelerated)
        {
            var acc = Vector256<long>.Zero;
            for (; i <= n - 4; i += 4)
            {
                acc |= Vector256.LoadUnsafe(ref v, (nuint)i) & Vector256.LoadUnsafe(ref m, (nuint)i);
            }

            if (Vector256.ExtractMostSignificantBits(acc) != 0)
            {
                return true;
            }
        }

        long scalar = 0;
        for (; i < n; i++)
        {
            scalar |= Unsafe.Add(ref v, i) & Unsafe.Add(ref m, i);
        }

        return scalar < 0;
    }

    /// <summary>
    /// acc[c] += rows[r * acc.Length + c] for every row r and cell c: a block of contiguous rows summed into one
    /// accumulator, row after row, with the same overflow detection as <see cref="TryAddInto"/>. Returns false if
    /// any running sum left the 64-bit range (acc is then undefined). No allocation.
    /// </summary>
    /// <remarks>
    /// Memory is streamed in order, which hardware prefetchers follow best, and the accumulator stays in L1.
    /// 256-bit vectors, not 512: a report is 736 bytes, so every other row starts 32 bytes into a cache line and
    /// half of all 512-bit loads would straddle two lines (measured 30 % slower on AVX-512 hardware).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryAddRows(Span<long> acc, ReadOnlySpan<long> rows)
    {
        var width = acc.Length;
        if (width == 0)
        {
            return true;
        }

        if (rows.Length % width != 0)
        {
            throw new ArgumentException("The rows are not whole rows of the accumulator's width.", nameof(rows));
        }

        unchecked
        {
            var rowCount = rows.Length / width;
            ref var a = ref MemoryMarshal.GetReference(acc);
            ref var s = ref MemoryMarshal.GetReference(rows);
            var overflow0 = Vector256<long>.Zero;
            var overflow1 = Vector256<long>.Zero;
            long overflowScalar = 0;
            var wide = Vector256.IsHardwareAccelerated ? width - (width % 8) : 0;
            var mid = Vector256.IsHardwareAccelerated ? width - (width % 4) : 0;
            nuint offset = 0;
            for (var r = 0; r < rowCount; r++, offset += (nuint)width)
            {
                var i = 0;
                for (; i < wide; i += 8)
                {
                    var x0 = Vector256.LoadUnsafe(ref a, (nuint)i);
                    var y0 = Vector256.LoadUnsafe(ref s, offset + (nuint)i);
                    var x1 = Vector256.LoadUnsafe(ref a, (nuint)i + 4);
                    var y1 = Vector256.LoadUnsafe(ref s, offset + (nuint)i + 4);
                    var z0 = x0 + y0;
                    var z1 = x1 + y1;
                    // A signed sum overflowed iff both operands differ in sign from the result.
                    overflow0 |= (x0 ^ z0) & (y0 ^ z0);
                    overflow1 |= (x1 ^ z1) & (y1 ^ z1);
                    z0.StoreUnsafe(ref a, (nuint)i);
                    z1.StoreUnsafe(ref a, (nuint)i + 4);
                }

                for (; i < mid; i += 4)
                {
                    var x = Vector256.LoadUnsafe(ref a, (nuint)i);
                    var y = Vector256.LoadUnsafe(ref s, offset + (nuint)i);
                    var z = x + y;
                    overflow0 |= (x ^ z) & (y ^ z);
                    z.StoreUnsafe(ref a, (nuint)i);
                }

                for (; i < width; i++)
                {
                    var x = Unsafe.Add(ref a, i);
                    var y = Unsafe.Add(ref s, offset + (nuint)i);
                    var z = x + y;
                    overflowScalar |= (x ^ z) & (y ^ z);
                    Unsafe.Add(ref a, i) = z;
                }
            }

            return overflowScalar >= 0 && Vector256.ExtractMostSignificantBits(overflow0 | overflow1) == 0;
        }
    }

    /// <summary>
    /// result[c] = total[c] − old[c] + new[c] (an empty span counts as zeros), checking both steps for overflow;
    /// returns false if either left the 64-bit range. The incremental roll-up's step along a leaf's path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryReplace(ReadOnlySpan<long> total, ReadOnlySpan<long> old, ReadOnlySpan<long> added, Span<long> result)
    {
        var width = total.Length;
        unchecked
        {
            var overflow = Vector256<long>.Zero;
            long scalar = 0;
            var i = 0;
            if (Vector256.IsHardwareAccelerated && !old.IsEmpty && !added.IsEmpty)
            {
                ref var t = ref MemoryMarshal.GetReference(total);
                ref var o = ref MemoryMarshal.GetReference(old);
                ref var n = ref MemoryMarshal.GetReference(added);
                ref var r = ref MemoryMarshal.GetReference(result);
                for (; i <= width - 4; i += 4)
                {
                    var x = Vector256.LoadUnsafe(ref t, (nuint)i);
                    var y = Vector256.LoadUnsafe(ref o, (nuint)i);
                    var d = x - y;
                    // x − y overflowed iff x and y differ in sign and the result's sign differs from x's.
                    overflow |= (x ^ y) & (x ^ d);
                    var z = Vector256.LoadUnsafe(ref n, (nuint)i);
                    var w = d + z;
                    overflow |= (d ^ w) & (z ^ w);
                    w.StoreUnsafe(ref r, (nuint)i);
                }
            }

            for (; i < width; i++)
            {
                var x = total[i];
                var y = old.IsEmpty ? 0 : old[i];
                var d = x - y;
                scalar |= (x ^ y) & (x ^ d);
                var z = added.IsEmpty ? 0 : added[i];
                var w = d + z;
                scalar |= (d ^ w) & (z ^ w);
                result[i] = w;
            }

            return scalar >= 0 && Vector256.ExtractMostSignificantBits(overflow) == 0;
        }
    }
}
