namespace HuXiao.Reporting.Tests.Units;

/// <summary>The built-in unit list against the project's units specification.</summary>
public class ZhengzhouUnitsTests
{
    private static readonly UnitHierarchy s_units = UnitHierarchy.Zhengzhou2017;

    [Fact]
    public void Is_the_city_over_sixteen_filing_organs()
    {
        Assert.Equal("410100", s_units.Root.Code);
        Assert.Equal("郑州市公安局", s_units.Root.Name);
        Assert.Equal(16, s_units.ChildrenOf("410100").Count);
        Assert.Equal(1, s_units.Depth);
    }

    [Theory]
    [InlineData("中原区", "410102")]
    [InlineData("中原分局", "410102")]
    [InlineData("郑州市公安局中原分局", "410102")]
    [InlineData(" 金水分局 ", "410105")]
    [InlineData("金　水　区", "410105")]
    [InlineData("上街公安分局", "410106")]
    [InlineData("中牟县公安局", "410122")]
    [InlineData("中牟县", "410122")]
    [InlineData("郑东新区", "410100-ZD")]
    [InlineData("郑州市公安局", "410100")]
    public void A_unit_printed_by_its_region_or_its_organ_maps_to_its_code(string printed, string code)
    {
        var match = s_units.FindByName(printed);
        Assert.True(match.IsUnique, printed);
        Assert.Equal(code, match.Unit!.Code);
    }

    [Fact]
    public void An_unknown_name_matches_nothing_and_offers_close_names()
    {
        var match = s_units.FindByName("金水");
        Assert.False(match.IsUnique);
        Assert.False(match.IsAmbiguous);
        Assert.Contains(match.CloseUnits, u => u.Code == "410105");
        Assert.Empty(s_units.FindByName("北京市海淀区").Matches);
    }

    [Fact]
    public void A_name_two_units_share_is_ambiguous()
    {
        var h = UnitHierarchy.CreateBuilder(new OrganisationUnit("1", "市"))
            .AddUnderRoot([new OrganisationUnit("2", "城区分局", ["城区"]), new OrganisationUnit("3", "城关分局", ["城区"])])
            .Build();
        var match = h.FindByName("城区");
        Assert.True(match.IsAmbiguous);
        Assert.Null(match.Unit);
        Assert.Equal(["2", "3"], match.Matches.Select(u => u.Code));
    }

    [Fact]
    public void Every_name_and_alias_names_one_unit()
    {
        foreach (var unit in s_units.Units)
        {
            foreach (var name in unit.Aliases.Prepend(unit.Name))
            {
                Assert.Equal(unit.Code, s_units.FindByName(name).Unit?.Code);
            }
        }
    }
}
