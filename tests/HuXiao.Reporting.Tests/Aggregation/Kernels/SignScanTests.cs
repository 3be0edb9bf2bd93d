using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation.Kernels;

/// <summary>The validator's sign screen, lane by lane and in the tail, at each alignment.</summary>
public class SignScanTests
{
    [Fact]
    public void A_negative_value_is_found_in_every_lane_and_the_tail_only_where_the_mask_selects_it()
    {
        for (var length = 0; length <= 13; length++)
        {
            for (var align = 0; align < 4; align++)
            {
                for (var k = 0; k < length; k++)
                {
                    var values = Enumerable.Range(0, length + align).Select(i => (long)i).ToArray();
                    values[align + k] = i64Min(k);
                    var all = Enumerable.Repeat(-1L, length + align).ToArray();
                    var allButK = all.ToArray();
                    allButK[align + k] = 0;
                    Assert.True(SignScan.AnyNegative(values.AsSpan(align, length), all.AsSpan(align, length)), $"length {length}, alignment {align}, lane {k}");
                    Assert.False(SignScan.AnyNegative(values.AsSpan(align, length), allButK.AsSpan(align, length)), $"masked out: length {length}, lane {k}");
                }
            }
        }

        static long i64Min(int k) => k % 2 == 0 ? -1 : long.MinValue;
    }
}
