namespace HuXiao.Reporting.Internal;

/// <summary>Whole-number arithmetic that reports overflow instead of wrapping.</summary>
internal static class CheckedMath
{
    internal static bool TryAdd(long a, long b, out long sum)
    {
        sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) >= 0;
    }
}
