namespace HuXiao.Reporting.Aggregation.Kernels;

/// <summary>Whole-number arithmetic that reports overflow instead of wrapping: the scalar form of the kernels' test.</summary>
internal static class CheckedMath
{
    /// <summary>a + b; false when the sum left the 64-bit range (a signed sum overflowed iff both operands differ in sign from it).</summary>
    internal static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }

    /// <summary>a − b; false when the difference left the 64-bit range (iff a and b differ in sign and the result's sign differs from a's).</summary>
    internal static bool TrySubtract(long a, long b, out long difference)
    {
        difference = unchecked(a - b);
        return ((a ^ b) & (a ^ difference)) >= 0;
    }

    /// <summary>Whether an exact sum fits in 64 bits.</summary>
    internal static bool Fits(Int128 value) => value >= long.MinValue && value <= long.MaxValue;
}
