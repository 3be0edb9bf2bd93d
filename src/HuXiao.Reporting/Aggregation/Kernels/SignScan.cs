using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HuXiao.Reporting.Aggregation.Kernels;

/// <summary>The batch validator's screen for signs: whether any chosen cell of a report is negative. No allocation.</summary>
internal static class SignScan
{
    /// <summary>Whether any cell selected by <paramref name="mask"/> (all bits set) holds a negative value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool AnyNegative(ReadOnlySpan<long> values, ReadOnlySpan<long> mask)
    {
        ref var v = ref MemoryMarshal.GetReference(values);
        ref var m = ref MemoryMarshal.GetReference(mask);
        var i = 0;
        var n = Math.Min(values.Length, mask.Length);
        // Stryker disable once Boolean : equivalent, the scalar loop finds the same negative values as the vector loop
        if (Vector256.IsHardwareAccelerated)
        {
            var acc = Vector256<long>.Zero;
            // Stryker disable once Equality : equivalent, a last block of 4 left to the scalar loop is scanned the same
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
}
