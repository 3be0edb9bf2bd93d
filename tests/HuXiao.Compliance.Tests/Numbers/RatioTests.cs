using System.Globalization;

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

    [Fact]
    public void Each_operator_orders_a_smaller_an_equal_and_a_larger_value()
    {
        var third = new Ratio(1, 3);
        var sameThird = new Ratio(2, 6);
        var half = new Ratio(1, 2);

        Assert.True(third < half);
        Assert.False(half < third);
        Assert.False(third < sameThird);

        Assert.True(half > third);
        Assert.False(third > half);
        Assert.False(third > sameThird);

        Assert.True(third <= half);
        Assert.True(third <= sameThird);
        Assert.False(half <= third);

        Assert.True(half >= third);
        Assert.True(third >= sameThird);
        Assert.False(third >= half);

        Assert.True(third == sameThird);
        Assert.False(third == half);
        Assert.True(third != half);
        Assert.False(third != sameThird);

        Assert.True(third.Equals((object)sameThird));
        Assert.False(third.Equals((object)half));
        Assert.False(third.Equals("1/3"));
        Assert.True(third.CompareTo(half) < 0 && half.CompareTo(third) > 0 && third.CompareTo(sameThird) == 0);
    }

    [Theory]
    [InlineData(8496, 10000, "84.9")]
    [InlineData(17, 20, "85.0")]
    [InlineData(2, 3, "66.6")]
    public void Percentages_round_down_so_they_never_contradict_a_status(long num, long den, string shown)
        => Assert.Equal(shown, new Ratio(num, den).FloorPercent(1).ToString("0.0", CultureInfo.InvariantCulture));

    [Fact]
    public void Percentages_take_0_to_6_decimals_and_refuse_others_naming_the_range()
    {
        var twoThirds = new Ratio(2, 3);

        Assert.Equal(66m, twoThirds.FloorPercent(0));
        Assert.Equal(66.666666m, twoThirds.FloorPercent(6));
        foreach (var decimals in new[] { -1, 7 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => twoThirds.FloorPercent(decimals));
            Assert.Equal("decimals", e.ParamName);
            Assert.Contains("0 to 6", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_negative_numerator_or_a_denominator_below_one_is_refused_saying_why()
    {
        var numerator = Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(-1, 2));
        Assert.Equal("numerator", numerator.ParamName);
        Assert.Contains("zero or more", numerator.Message, StringComparison.Ordinal);

        foreach (var denominator in new[] { 0L, -3L })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(1, denominator));
            Assert.Equal("denominator", e.ParamName);
            Assert.Contains("more than zero", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, new Ratio(0, 1).Numerator);
    }

    [Fact]
    public void Equal_values_hash_alike()
    {
        Assert.Equal(new Ratio(17, 20).GetHashCode(), Ratio.FromPercent(85).GetHashCode());
        Assert.Equal(new Ratio(0, 7).GetHashCode(), new Ratio(0, 1).GetHashCode());
    }

    [Fact]
    public void Different_values_spread_over_hash_codes()
    {
        var hashes = Enumerable.Range(1, 50).Select(n => new Ratio(n, 100).GetHashCode()).ToHashSet();

        Assert.True(hashes.Count > 1, "every ratio hashed alike");
    }

    [Fact]
    public void The_default_value_is_zero_over_one_like_any_other_zero()
    {
        var zero = default(Ratio);

        Assert.Equal(1, zero.Denominator);
        Assert.True(zero == new Ratio(0, 5));
        Assert.True(zero < Ratio.FromPercent(85));
        Assert.False(zero >= Ratio.FromPercent(85));
        Assert.Equal(new Ratio(0, 5).GetHashCode(), zero.GetHashCode());
        Assert.Equal(0m, zero.FloorPercent());
        Assert.Equal(new Ratio(0, 1).ToString(), zero.ToString());
    }

    [Fact]
    public void The_text_shows_the_counts_as_given_and_the_percentage_rounded_down()
    {
        var text = new Ratio(34, 40).ToString();

        Assert.StartsWith("34/40 ", text, StringComparison.Ordinal);
        Assert.Contains("(85.0%)", text, StringComparison.Ordinal);
        Assert.Contains("(66.6%)", new Ratio(2, 3).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_double_is_the_quotient()
    {
        Assert.Equal(0.85, new Ratio(17, 20).ToDouble(), 12);
        Assert.Equal(0.0, default(Ratio).ToDouble());
    }
}
