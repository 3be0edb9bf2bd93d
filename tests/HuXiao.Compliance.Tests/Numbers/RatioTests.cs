namespace HuXiao.Compliance.Tests.Numbers;

public class RatioTests
{
    [Fact]
    public void Comparison_is_exact()
    {
        Assert.True(new Ratio(17, 20) == Ratio.FromPercent(85));
        Assert.True(new Ratio(84_999_999_999_999_999, 100_000_000_000_000_000) < Ratio.FromPercent(85));
        Assert.True(new Ratio(long.MaxValue, long.MaxValue) == new Ratio(1, 1));
    }

    [Theory]
    [InlineData(8496, 10000, "84.9")]
    [InlineData(17, 20, "85.0")]
    [InlineData(2, 3, "66.6")]
    public void Percentages_round_down_so_they_never_contradict_a_status(long num, long den, string shown)
        => Assert.Equal(shown, new Ratio(num, den).FloorPercent(1).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_zero_denominator_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(1, 0));

    [Fact]
    public void Equal_values_hash_alike()
        => Assert.Equal(new Ratio(17, 20).GetHashCode(), Ratio.FromPercent(85).GetHashCode());
}
