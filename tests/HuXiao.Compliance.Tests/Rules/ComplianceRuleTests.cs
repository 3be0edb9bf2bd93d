using HuXiao.Reporting;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

/// <summary>What every rule shares: its description, its parameters for the docs table, and its refusal of a missing context.</summary>
public class ComplianceRuleTests
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.CreateDefault();

    public static TheoryData<string> RuleIds => new(Catalogue.Rules.Select(r => r.Id));

    /// <summary>A rule of one's own, as a user would write it: no due date, no due source.</summary>
    private sealed record OwnRule() : ComplianceRule("own-rule", "自定义规则", "A rule of one's own", "附件")
    {
        internal ComplianceFinding FindingFor(CheckContext context) => NewFinding(context, ComplianceStatus.Met, FindingReason.None, "自定义规则：达标。", "A rule of one's own: met.");
    }

    [Fact]
    public void A_rule_of_ones_own_has_no_due_date_and_an_empty_due_source()
    {
        var rule = new OwnRule();

        Assert.Null(rule.Due);
        Assert.Equal(string.Empty, rule.DueSource);
        Assert.Empty(rule.Parameters);
        Assert.False(rule.JudgesReports);
        Assert.False(rule.JudgesRegisters);
        Assert.Equal(MissingUnitsLaw.NothingHolds, rule.WhenUnitsMissing);
    }

    [Fact]
    public void A_new_finding_carries_the_rule_and_the_context_and_refuses_a_missing_context()
    {
        var rule = new OwnRule() with { Due = D(2017, 5, 31) };
        var context = new ReportCheckContext(Report(2017, 6), D(2017, 7, 1));

        var finding = rule.FindingFor(context);

        Assert.Equal(("own-rule", "自定义规则", "A rule of one's own", "附件"), (finding.RuleCode, finding.Title, finding.EnglishTitle, finding.Source));
        Assert.Equal((D(2017, 7, 1), D(2017, 5, 31)), (finding.AsOf, finding.Due));
        Assert.Equal(context.Subject, finding.Subject);
        Assert.Throws<ArgumentNullException>(() => rule.FindingFor(null!));
    }

    [Fact]
    public void A_rule_shows_as_its_id_and_english_title_and_a_parameter_as_name_and_value()
    {
        var rule = Catalogue.Get(UrbanTechDefenceRateRule.DefaultId);

        Assert.Equal($"{rule.Id}: {rule.EnglishTitle}", rule.ToString());
        Assert.Equal("Target=85/100", rule.Parameters.Single(p => p.Name == "Target").ToString());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_parameter_has_a_name_a_value_a_meaning_and_a_source(string id)
    {
        foreach (var p in Catalogue.Get(id).Parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Name), id);
            Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{id}.{p.Name}");
            Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{id}.{p.Name}");
            Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{id}.{p.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_dated_rule_says_where_its_date_comes_from(string id)
    {
        var rule = Catalogue.Get(id);

        Assert.False(string.IsNullOrWhiteSpace(rule.DueSource), id);
        if (rule.Due is { } due)
        {
            var p = Assert.Single(rule.Parameters, p => p.Name == "Due");
            Assert.Equal(due.ToString("uuuu-MM-dd", null), p.Value);
            Assert.Equal(rule.DueSource, p.Source);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Judging_without_a_context_is_refused(string id)
    {
        var rule = Catalogue.Get(id);
        if (rule is IReportRule reportRule)
        {
            Assert.Throws<ArgumentNullException>(() => reportRule.Judge(null!));
        }

        if (rule is IRegisterRule registerRule)
        {
            Assert.Throws<ArgumentNullException>(() => registerRule.Judge(null!));
        }
    }

    [Fact]
    public void A_met_campus_is_said_to_be_met_in_both_languages()
    {
        Assert.Equal(ComplianceStatus.Met, CampusAssessment.Met.Status);
        Assert.Contains("达标", CampusAssessment.Met.Message, StringComparison.Ordinal);
        Assert.Contains("met", CampusAssessment.Met.EnglishMessage, StringComparison.Ordinal);
        Assert.Equal(FindingReason.None, CampusAssessment.Met.Reason);
    }
}
