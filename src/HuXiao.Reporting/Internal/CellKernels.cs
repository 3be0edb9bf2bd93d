using System.Numerics;
using System.Runtime.InteropServices;

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
}
