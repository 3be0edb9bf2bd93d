using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public partial class LiaisonVisitsRuleTests
{
    [Fact]
    public void Every_month_from_the_first_to_the_last_is_judged_both_included()
    {
        var register = RegisterOf(D(2018, 2, 1), CityManaged("c1"));

        var finding = Judge(Rule, register, D(2018, 3, 1));

        // 2017-05 … 2018-01: nine months, the last one included; February 2018 is past the campaign.
        Assert.Equal(9, finding.Figure("months-judged"));
        Assert.Equal(D(2018, 1, 31), finding.Due);
        Assert.Contains("2018-01: 0", Assert.Single(finding.Campuses).EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("2017-05: 0", finding.Campuses[0].EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_city_managed_schools_with_a_liaison_officer_are_concerned()
    {
        var register = RegisterOf(D(2017, 6, 30),
            Campus("not-city") with { IsCityManaged = false, Officers = SchoolOfficers.All },
            Campus("no-liaison") with { IsCityManaged = true, Officers = SchoolOfficers.All & ~SchoolOfficers.PoliceLiaison });

        var finding = Judge(Rule, register, D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.NotApplicable, finding.Status);
        Assert.Equal(0, finding.Figure("campuses-concerned"));
    }

    [Fact]
    public void A_register_recorded_before_a_months_end_cannot_tell()
    {
        var finding = Judge(Rule, RegisterOf(D(2017, 5, 20), CityManaged("c1", D(2017, 5, 3))), D(2017, 6, 2));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
        Assert.Contains("早于", finding.Message, StringComparison.Ordinal);
        Assert.Contains("predates", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_met_finding_says_so_with_its_counts_in_both_languages()
    {
        var register = RegisterOf(D(2017, 6, 10), CityManaged("c1", D(2017, 5, 3), D(2017, 5, 20)), CityManaged("c2", D(2017, 5, 4), D(2017, 5, 21)));

        var finding = Judge(Rule, register, D(2017, 6, 10));

        Assert.Equal(ComplianceStatus.Met, finding.Status);
        Assert.StartsWith(Rule.Title + "：达标", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith(Rule.EnglishTitle + ": met", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("2 city-managed school(s)", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Equal((1L, 2L, 0L, 0L), (finding.Figure("months-judged"), finding.Figure("campuses-concerned"), finding.Figure("campuses-short"), finding.Figure("campuses-unknown")));
    }
}
