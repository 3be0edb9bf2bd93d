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

    [Fact]
    public void Only_cells_within_both_spans_are_scanned()
    {
        for (var n = 0; n < 13; n++)
        {
            // Past the end of each span its array holds negative values and all-ones masks, which must not be read.
            var values = Enumerable.Repeat(5L, n).Concat(Enumerable.Repeat(-1L, 8)).ToArray();
            var mask = Enumerable.Repeat(-1L, n + 8).ToArray();
            Assert.False(SignScan.AnyNegative(values.AsSpan(0, n), mask.AsSpan(0, n)));
            Assert.False(SignScan.AnyNegative(values, mask.AsSpan(0, n)));
            Assert.False(SignScan.AnyNegative(values.AsSpan(0, n), mask));
        }
    }

    [Fact]
    public void Two_negative_values_in_the_tail_do_not_cancel_out()
        => Assert.True(SignScan.AnyNegative([-1, 3, -2], [-1, -1, -1]));
}
