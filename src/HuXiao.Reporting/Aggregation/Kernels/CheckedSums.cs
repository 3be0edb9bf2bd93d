using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HuXiao.Reporting.Aggregation.Kernels;

/// <summary>
/// Sums of 64-bit cells that detect overflow instead of wrapping: a total into its parent, a wide (64-bit) leaf row
/// into its unit, and the incremental roll-up's replacement of one child's figures. No allocation.
/// </summary>
/// <remarks>
/// A signed sum x + y overflowed iff both operands differ in sign from the result: <c>(x ^ z) &amp; (y ^ z)</c> is
/// negative. Each vector lane and the scalar tail keep their own flag; a caller that sees <see langword="false"/>
/// settles the sum exactly (a running sum that leaves the range and comes back is not an overflow).
/// </remarks>
internal static class CheckedSums
{
    /// <summary>acc[i] += src[i] for every i; returns false if any sum left the 64-bit range (acc is then undefined).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryAddInto(Span<long> acc, ReadOnlySpan<long> src)
    {
        if (acc.Length != src.Length)
        {
            throw new ArgumentException("Cell arrays differ in length.", nameof(src));
        }

        unchecked
        {
            var width = acc.Length;
            ref var a = ref MemoryMarshal.GetReference(acc);
            ref var s = ref MemoryMarshal.GetReference(src);
            var overflow0 = Vector256<long>.Zero;
            var overflow1 = Vector256<long>.Zero;
            var i = 0;
            // Stryker disable once Boolean : equivalent, the scalar loop gives the same sums and flags as the vector loops (each is tested on every length)
            if (Vector256.IsHardwareAccelerated)
            {
                // Stryker disable once Equality : equivalent, a last block of 8 left to the narrower loops gives the same sums
                for (; i <= width - 8; i += 8)
                {
                    var x0 = Vector256.LoadUnsafe(ref a, (nuint)i);
                    var y0 = Vector256.LoadUnsafe(ref s, (nuint)i);
                    var x1 = Vector256.LoadUnsafe(ref a, (nuint)i + 4);
                    var y1 = Vector256.LoadUnsafe(ref s, (nuint)i + 4);
                    var z0 = x0 + y0;
                    var z1 = x1 + y1;
                    overflow0 |= (x0 ^ z0) & (y0 ^ z0);
                    overflow1 |= (x1 ^ z1) & (y1 ^ z1);
                    z0.StoreUnsafe(ref a, (nuint)i);
                    z1.StoreUnsafe(ref a, (nuint)i + 4);
                }

                // Stryker disable once Equality : equivalent, a last block of 4 left to the scalar loop gives the same sums
                for (; i <= width - 4; i += 4)
                {
                    var x = Vector256.LoadUnsafe(ref a, (nuint)i);
                    var y = Vector256.LoadUnsafe(ref s, (nuint)i);
                    var z = x + y;
                    overflow0 |= (x ^ z) & (y ^ z);
                    z.StoreUnsafe(ref a, (nuint)i);
                }
            }

            long overflowScalar = 0;
            for (; i < width; i++)
            {
                var x = Unsafe.Add(ref a, i);
                var y = Unsafe.Add(ref s, i);
                var z = x + y;
                overflowScalar |= (x ^ z) & (y ^ z);
                Unsafe.Add(ref a, i) = z;
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
        if (result.Length != width || (!old.IsEmpty && old.Length != width) || (!added.IsEmpty && added.Length != width))
        {
            throw new ArgumentException("Cell arrays differ in length.", nameof(result));
        }

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
                // Stryker disable once Equality : equivalent, a last block of 4 left to the scalar loop gives the same sums
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
