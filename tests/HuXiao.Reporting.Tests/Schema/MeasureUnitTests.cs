namespace HuXiao.Reporting.Tests.Schema;

public class MeasureUnitTests
{
    [Theory]
    [InlineData("所", "campuses")]
    [InlineData("(人次)", "person-times")]
    [InlineData("（处）", "places")]
    [InlineData(" 件 ", "items")]
    public void Standard_units_are_found_by_their_printed_symbol(string printed, string english)
    {
        Assert.True(MeasureUnit.TryFromSymbol(printed, out var unit));
        Assert.Equal(english, unit.EnglishName);
    }

    [Fact]
    public void The_form_uses_eight_units()
        => Assert.Equal(["所", "人", "件", "个", "起", "次", "人次", "处"], MeasureUnit.Standard.Select(u => u.Symbol));

    [Fact]
    public void Unknown_symbols_are_not_found()
    {
        Assert.False(MeasureUnit.TryFromSymbol("吨", out _));
        Assert.False(MeasureUnit.TryFromSymbol(null, out _));
    }

    [Fact]
    public void Units_are_equal_by_symbol()
    {
        Assert.Equal(MeasureUnit.Campuses, MeasureUnit.Define("所", "schools"));
        Assert.NotEqual(MeasureUnit.Campuses, MeasureUnit.Persons);
    }
}
