using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public partial class GuardsCertifiedRuleTests
{
    [Fact]
    public void A_campus_without_guards_is_not_concerned()
    {
        var finding = Judge(new GuardsCertifiedRule(), RegisterOf(D(2017, 11, 1), Campus("c1") with { Guards = 0, CertifiedGuards = 0 }), D(2017, 11, 2));

        Assert.Equal(ComplianceStatus.NotApplicable, finding.Status);
        Assert.Equal(0, finding.Figure("campuses-concerned"));
    }

    [Fact]
    public void A_campus_short_of_certificates_names_both_counts()
    {
        var finding = Judge(new GuardsCertifiedRule(), RegisterOf(D(2017, 11, 1), Campus("c1") with { Guards = 7, CertifiedGuards = 4 }), D(2017, 11, 2));

        var campus = Assert.Single(finding.Campuses);
        Assert.Contains("7", campus.Message, StringComparison.Ordinal);
        Assert.Contains("4", campus.Message, StringComparison.Ordinal);
        Assert.Contains("7 guard", campus.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("4 certified", campus.EnglishMessage, StringComparison.Ordinal);
    }
}
