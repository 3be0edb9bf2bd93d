namespace HuXiao.Reporting.Tests.Units;

public class OrganisationUnitTests
{
    [Fact]
    public void Equal_by_code_and_trimmed()
    {
        var a = new OrganisationUnit(" 410102 ", "中原区");
        Assert.Equal("410102", a.Code);
        Assert.Equal(new OrganisationUnit("410102", "other name"), a);
        Assert.NotEqual(new OrganisationUnit("410103", "中原区"), a);
        Assert.Equal("410102 中原区", a.ToString());
    }

    [Theory]
    [InlineData("", "n")]
    [InlineData("  ", "n")]
    [InlineData("c", "")]
    public void Refuses_empty_code_or_name(string code, string name)
        => Assert.Throws<ArgumentException>(() => new OrganisationUnit(code, name));

    [Fact]
    public void Refuses_null()
        => Assert.Throws<ArgumentNullException>(() => new OrganisationUnit(null!, "n"));
}
