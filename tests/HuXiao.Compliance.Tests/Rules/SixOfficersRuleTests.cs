using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public partial class SixOfficersRuleTests
{
    [Fact]
    public void A_school_missing_officers_names_them_in_both_languages()
    {
        var register = RegisterOf(D(2017, 11, 1), Campus("c1") with { IsCityManaged = true, Officers = SchoolOfficers.All & ~SchoolOfficers.FireSafetyAdviser });

        var campus = Assert.Single(Judge(Rule, register, D(2017, 11, 1)).Campuses);

        Assert.Contains(SchoolOfficers.FireSafetyAdviser.ToChinese(), campus.Message, StringComparison.Ordinal);
        Assert.Contains(SchoolOfficers.FireSafetyAdviser.ToEnglish(), campus.EnglishMessage, StringComparison.Ordinal);
    }
}
