using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation.Kernels;

/// <summary>The filled-count step of a roll-up: every bit of every word (every lane of the vector path and its tail), and the counts of the cells left alone.</summary>
public class FilledCountsTests
{
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

    [Fact]
    public void The_parents_filled_bits_are_kept_and_the_childs_added()
    {
        var filled = new ulong[2];
        CellLayout.SetFilled(filled, 5, true);
        var child = new ulong[2];
        CellLayout.SetFilled(child, 70, true);
        var counts = new int[128];
        counts[5] = 1;

        FilledCounts.Accumulate(filled, child, counts);

        Assert.True(CellLayout.IsFilled(filled, 5));
        Assert.True(CellLayout.IsFilled(filled, 70));
        Assert.Equal((1, 1), (counts[5], counts[70]));
    }

    [Property(MaxTest = 300)]
    public Property Any_children_give_the_model_counts_and_bits()
        => Prop.ForAll(
            (from cells in Gen.Choose(1, 200)
             from children in Gen.Choose(0, 6)
             from words in Gen.ArrayOf(Gen.ArrayOf(
                 Gen.Frequency((1, Gen.Constant(ulong.MaxValue)), (1, Gen.Constant(0UL)), (4, ArbMap.Default.GeneratorFor<ulong>())),
                 (cells + 63) / 64), children)
             select (cells, words)).ToArbitrary(),
            c =>
            {
                var n = (c.cells + 63) / 64;
                var filled = new ulong[n];
                var counts = new int[c.cells];
                var expected = new int[c.cells];
                var expectedFilled = new ulong[n];
                foreach (var raw in c.words)
                {
                    // No bit past the last cell.
                    var child = raw.Select((w, i) => i == n - 1 && c.cells % 64 != 0 ? w & ((1UL << c.cells) - 1) : w).ToArray();
                    for (var cell = 0; cell < c.cells; cell++)
                    {
                        if (CellLayout.IsFilled(child, cell))
                        {
                            expected[cell]++;
                            CellLayout.SetFilled(expectedFilled, cell, true);
                        }
                    }

                    FilledCounts.Accumulate(filled, child, counts);
                }

                Assert.Equal(expected, counts);
                Assert.Equal(expectedFilled, filled);
            });
}
