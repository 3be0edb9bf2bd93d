namespace HuXiao.Reporting.Tests.Units;

public class UnitHierarchyTests
{
    private static UnitHierarchy ThreeLevels()
        => UnitHierarchy.CreateBuilder(TestData.City)
            .AddUnderRoot([TestData.Zhongyuan, TestData.Erqi])
            .Add(new OrganisationUnit("410102-01", "林山寨派出所"), "410102")
            .Add(new OrganisationUnit("410102-02", "建设路派出所"), "410102")
            .Build();

    [Fact]
    public void Navigates_parents_children_leaves_and_depth()
    {
        var h = ThreeLevels();
        Assert.Equal(5, h.Count);
        Assert.Equal(2, h.Depth);
        Assert.Equal(["410102", "410103"], h.ChildrenOf("410100").Select(u => u.Code));
        Assert.Equal("410102", h.ParentOf("410102-02")!.Code);
        Assert.Null(h.ParentOf("410100"));
        Assert.Equal(["410102-01", "410102-02", "410103"], h.Leaves.Select(u => u.Code));
        Assert.True(h.IsLeaf("410103"));
        Assert.Empty(h.ChildrenOf("410103"));
        Assert.Equal(4, h.DescendantsOf("410100").Count());
    }

    [Fact]
    public void Refuses_duplicate_codes_and_unknown_parents()
    {
        var builder = UnitHierarchy.CreateBuilder(TestData.City).Add(TestData.Zhongyuan, "410100");
        Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => builder.Add(new OrganisationUnit("410102", "again"), "410100")).Code);
        var e = Assert.Throws<ReportingException>(() => builder.Add(TestData.Erqi, "999999"));
        Assert.Contains("999999", e.Message);
    }

    [Fact]
    public void A_root_alone_is_its_own_leaf()
    {
        var h = UnitHierarchy.CreateBuilder(TestData.City).Build();
        Assert.Equal(0, h.Depth);
        Assert.Equal([TestData.City], h.Leaves);
    }

    [Fact]
    public void Unknown_unit_lookup_names_it()
        => Assert.Contains("'123'", Assert.Throws<KeyNotFoundException>(() => ThreeLevels()["123"]).Message);
}
