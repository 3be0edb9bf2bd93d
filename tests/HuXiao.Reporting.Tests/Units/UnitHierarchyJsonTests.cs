namespace HuXiao.Reporting.Tests.Units;

public class UnitHierarchyJsonTests
{
    [Fact]
    public void Reads_the_documented_shape()
    {
        var h = UnitHierarchyJson.Parse("""
            {"code":"410100","name":"郑州市","children":[
              {"code":"410102","name":"中原区","aliases":["中原分局"]},
              {"code":"410103","name":"二七区","children":[{"code":"410103-01","name":"派出所"}]}]}
            """);
        Assert.Equal("410100", h.Root.Code);
        Assert.Equal(["410102", "410103"], h.ChildrenOf("410100").Select(u => u.Code));
        Assert.Equal("410103", h.ParentOf("410103-01")!.Code);
        Assert.Equal(["中原分局"], h["410102"].Aliases);
    }

    [Fact]
    public void Lists_every_problem_with_its_path()
    {
        var e = Assert.Throws<ReportingException>(() => UnitHierarchyJson.Parse("""
            {"code":"410100","name":"郑州市","children":[
              {"code":"410102"},
              {"code":"410100","name":"again"},
              {"code":"410105","name":"金水区","colour":"red"}]}
            """));
        Assert.Equal(ErrorCodes.HierarchyDefinition, e.Code);
        Assert.Contains("$.children[0].name: missing", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.children[1].code: '410100' is already the code of the unit at $", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.children[2].colour: unknown key", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"code\":1,\"name\":\"x\"}")]
    [InlineData("{\"code\":\"1\",\"name\":\"x\",\"children\":{}}")]
    [InlineData("{\"code\":\"1\",")]
    public void Refuses_what_is_not_a_unit_list(string json)
        => Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => UnitHierarchyJson.Parse(json)).Code);

    [Fact]
    public void Write_then_parse_gives_the_same_tree_names_and_aliases()
    {
        var original = UnitHierarchy.Zhengzhou2017;
        var back = UnitHierarchyJson.Parse(UnitHierarchyJson.Write(original));
        Assert.Equal(
            original.Units.Select(u => (u.Code, u.Name, string.Join("|", u.Aliases), original.ParentOf(u.Code)?.Code)),
            back.Units.Select(u => (u.Code, u.Name, string.Join("|", u.Aliases), back.ParentOf(u.Code)?.Code)));
    }
}
