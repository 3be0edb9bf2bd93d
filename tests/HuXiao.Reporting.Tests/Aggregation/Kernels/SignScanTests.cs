using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation.Kernels;

/// <summary>The validator's sign screen and the filled-count step, lane by lane and in the tail.</summary>
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
    public void A_child_adds_one_to_the_count_of_each_cell_it_filled()
    {
        for (var cell = 0; cell < 130; cell++)
        {
            var filled = new ulong[3];
            var counts = new int[130];
            var child = new ulong[3];
            CellLayout.SetFilled(child, cell, true);
            CellLayout.SetFilled(child, 129 - cell, true);
            FilledCounts.Accumulate(filled, child, counts);
            FilledCounts.Accumulate(filled, child, counts);
            Assert.Equal(child, filled);
            Assert.Equal(Enumerable.Range(0, 130).Select(c => c == cell || c == 129 - cell ? 2 : 0), counts);
        }
    }
}
