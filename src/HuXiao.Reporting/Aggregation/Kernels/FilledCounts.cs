using System.Numerics;

namespace HuXiao.Reporting.Aggregation.Kernels;

/// <summary>Filled bits of a total: which cells any child filled, and per cell how many children filled it. No allocation.</summary>
internal static class FilledCounts
{
    /// <summary>ORs a child's filled bits into the parent's and adds one to the count of every cell the child filled.</summary>
    internal static void Accumulate(Span<ulong> filled, ReadOnlySpan<ulong> childFilled, Span<int> counts)
    {
        for (var w = 0; w < filled.Length; w++)
        {
            var bits = childFilled[w];
            filled[w] |= bits;
            while (bits != 0)
            {
                counts[(w << 6) + BitOperations.TrailingZeroCount(bits)]++;
                bits &= bits - 1;
            }
        }
    }
}
