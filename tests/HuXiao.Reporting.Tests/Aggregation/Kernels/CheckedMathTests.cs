using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation.Kernels;

namespace HuXiao.Reporting.Tests.Aggregation.Kernels;

/// <summary>The scalar form of the kernels' overflow test: exact or refused, at the edges of the range and anywhere.</summary>
public class CheckedMathTests
{
    [Theory]
    [InlineData(long.MaxValue, 1)]
    [InlineData(1, long.MaxValue)]
    [InlineData(long.MinValue, -1)]
    [InlineData(-1, long.MinValue)]
    [InlineData(long.MaxValue, long.MaxValue)]
    [InlineData(long.MinValue, long.MinValue)]
    public void A_sum_past_either_edge_is_refused(long a, long b)
        => Assert.False(CheckedMath.TryAdd(a, b, out _));

    [Theory]
    [InlineData(long.MaxValue, 0)]
    [InlineData(long.MaxValue - 1, 1)]
    [InlineData(long.MinValue, 0)]
    [InlineData(long.MinValue + 1, -1)]
    [InlineData(long.MaxValue, long.MinValue)]
    [InlineData(-5, 3)]
    public void A_sum_up_to_the_edges_is_exact(long a, long b)
    {
        Assert.True(CheckedMath.TryAdd(a, b, out var sum));
        Assert.Equal((Int128)a + b, sum);
    }

    [Theory]
    [InlineData(long.MinValue, 1)]
    [InlineData(long.MaxValue, -1)]
    [InlineData(0, long.MinValue)]
    [InlineData(-2, long.MaxValue)]
    public void A_difference_past_either_edge_is_refused(long a, long b)
        => Assert.False(CheckedMath.TrySubtract(a, b, out _));

    [Theory]
    [InlineData(long.MinValue, 0)]
    [InlineData(long.MinValue + 1, 1)]
    [InlineData(long.MaxValue, 0)]
    [InlineData(-1, long.MinValue)]
    [InlineData(-1, long.MaxValue)]
    [InlineData(3, 5)]
    public void A_difference_up_to_the_edges_is_exact(long a, long b)
    {
        Assert.True(CheckedMath.TrySubtract(a, b, out var difference));
        Assert.Equal((Int128)a - b, difference);
    }

    [Fact]
    public void Fits_is_the_64_bit_range_edges_included()
    {
        Assert.True(CheckedMath.Fits(long.MaxValue));
        Assert.True(CheckedMath.Fits(long.MinValue));
        Assert.False(CheckedMath.Fits((Int128)long.MaxValue + 1));
        Assert.False(CheckedMath.Fits((Int128)long.MinValue - 1));
    }

    [Property(MaxTest = 500)]
    public Property Sums_and_differences_are_exact_or_refused()
        => Prop.ForAll(Generators.AnyLong.ToArbitrary(), Generators.AnyLong.ToArbitrary(), (a, b) =>
        {
            var sumFits = CheckedMath.Fits((Int128)a + b);
            var differenceFits = CheckedMath.Fits((Int128)a - b);
            var added = CheckedMath.TryAdd(a, b, out var sum);
            var subtracted = CheckedMath.TrySubtract(a, b, out var difference);
            return added == sumFits && (!added || sum == (Int128)a + b)
                && subtracted == differenceFits && (!subtracted || difference == (Int128)a - b);
        });
}
