using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HuXiao.Reporting.Aggregation.Kernels;

/// <summary>Filled bits of a total: which cells any child filled, and per cell how many children filled it. No allocation.</summary>
internal static class FilledCounts
{
    /// <summary>ORs a child's filled bits into the parent's and adds one to the count of every cell the child filled.</summary>
    /// <param name="filled">The parent's filled words.</param>
    /// <param name="childFilled">The child's filled words, as many as the parent's; no bit past the last count is set.</param>
    /// <param name="counts">Per cell, the children that filled it.</param>
    internal static void Accumulate(Span<ulong> filled, ReadOnlySpan<ulong> childFilled, Span<int> counts)
    {
        ref var n = ref MemoryMarshal.GetReference(counts);
        var lanes = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);
        for (var w = 0; w < filled.Length; w++)
        {
            var bits = childFilled[w];
            filled[w] |= bits;
            var first = w << 6;
            var c = 0;
            // Stryker disable once Boolean : equivalent, the scalar loop counts the same cells as the vector loop
            if (Vector256.IsHardwareAccelerated)
            {
                // Eight cells at a time: lane i of the byte's broadcast has bit i set iff cell c + i was filled, and
                // subtracting the comparison's all-ones (−1) adds one.
                // Stryker disable once Arithmetic,Equality : equivalent, no bit is set past the last count, so lanes past it add zero, and a last block left to the scalar loop counts the same
                for (; c <= Math.Min(64, counts.Length - first) - 8; c += 8)
                {
                    // Stryker disable once Bitwise : equivalent, bits is unsigned: >>> and >> are the same shift
                    var set = Vector256.Equals(Vector256.Create(unchecked((int)(bits >> c)) & 0xFF) & lanes, lanes);
                    (Vector256.LoadUnsafe(ref n, (nuint)(first + c)) - set).StoreUnsafe(ref n, (nuint)(first + c));
                }
            }

            // Stryker disable once Bitwise : equivalent, bits is unsigned: >>> and >> are the same shift
            var rest = c == 64 ? 0 : bits >> c;
            while (rest != 0)
            {
                counts[first + c + BitOperations.TrailingZeroCount(rest)]++;
                rest &= rest - 1;
            }
        }
    }
}
