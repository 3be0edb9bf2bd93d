using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Rules;

public class StaffingNormRuleTests
{
    private static readonly StaffingNormRule Rule = new();

    // 1500 students plus staff need 3 guards under the 2015 norm.
    private static CampusRecord Big(string code, long guards) => Campus(code) with { NonBoardingStudents = 1400, Staff = 100, Guards = guards, CertifiedGuards = guards };

    [Fact]
    public void Defaults_are_the_2015_norm_due_at_the_end_of_May_2017()
    {
        Assert.Same(StaffingPreset.Norm2015, Rule.Preset);
        Assert.Equal(D(2017, 5, 31), Rule.Due);
        Assert.Equal("二(一)3", Rule.Source);
    }

    [Fact]
    public void Before_and_on_the_due_date_it_is_not_due()
    {
        var register = RegisterOf(D(2017, 5, 31), Big("c1", 1));

        Assert.Equal(ComplianceStatus.NotDue, Judge(Rule, register, D(2017, 5, 30)).Status);
        Assert.Equal(ComplianceStatus.NotDue, Judge(Rule, register, D(2017, 5, 31)).Status);
    }

    [Fact]
    public void After_the_due_date_a_campus_short_of_guards_is_not_met_with_evidence()
    {
        var finding = Judge(Rule, RegisterOf(D(2017, 6, 30), Big("c1", 3), Big("c2", 1)), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(1, finding.Shortfall);
        Assert.Equal(2, finding.Figure("guards-short"));
        var campus = Assert.Single(finding.Campuses);
        Assert.Equal("c2", campus.CampusCode);
        Assert.Contains("应配保安员3人", campus.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_due_date_a_register_recorded_before_it_cannot_tell()
    {
        var finding = Judge(Rule, RegisterOf(D(2017, 5, 1), Big("c1", 1)), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.DataPredatesDeadline, finding.Reason);
    }

    [Fact]
    public void Met_when_every_campus_has_its_guards()
        => Assert.Equal(ComplianceStatus.Met, Judge(Rule, RegisterOf(D(2017, 6, 30), Big("c1", 3), Big("c2", 4)), D(2017, 7, 1)).Status);

    [Fact]
    public void Under_GB_T_29315_2022_a_campus_of_100_to_999_cannot_tell()
    {
        var rule = Rule with { Preset = StaffingPreset.GbT29315_2022 };
        // 500 non-boarding students: the 2022 preset's unknown band.
        var finding = Judge(rule, RegisterOf(D(2017, 6, 30), Campus("c1") with { Guards = 0, CertifiedGuards = 0 }), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.Equal(FindingReason.UnknownNormBand, finding.Reason);
        Assert.Equal(1, finding.Figure("campuses-unknown"));
    }

    [Fact]
    public void A_campus_short_elsewhere_makes_it_not_met_even_with_an_unknown_band()
    {
        var rule = Rule with { Preset = StaffingPreset.GbT29315_2022 };
        var small = Campus("small") with { NonBoardingStudents = 50, Guards = 0, CertifiedGuards = 0 };

        var finding = Judge(rule, RegisterOf(D(2017, 6, 30), Campus("mid"), small), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(2, finding.Campuses.Count);
    }

    [Fact]
    public void A_campus_short_of_guards_names_its_size_the_guards_required_and_employed()
    {
        // 1400 students + 100 staff = 1500: 3 guards under the 2015 norm; 1 employed.
        var campus = Assert.Single(Judge(Rule, RegisterOf(D(2017, 6, 30), Big("c1", 1)), D(2017, 7, 1)).Campuses);

        Assert.Contains("1500", campus.Message, StringComparison.Ordinal);
        Assert.Contains("实配1人", campus.Message, StringComparison.Ordinal);
        Assert.Contains("size 1500", campus.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("3 guard(s) required, 1 employed", campus.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_campus_in_a_band_the_preset_leaves_unknown_names_its_size()
    {
        var rule = Rule with { Preset = StaffingPreset.GbT29315_2022 };

        var campus = Assert.Single(Judge(rule, RegisterOf(D(2017, 6, 30), Campus("c1")), D(2017, 7, 1)).Campuses);

        Assert.Equal(ComplianceStatus.CannotTell, campus.Status);
        Assert.Contains("500", campus.Message, StringComparison.Ordinal);
        Assert.Contains("size 500", campus.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preset_is_a_parameter_with_its_source()
    {
        var preset = Assert.Single((Rule with { Preset = StaffingPreset.GbT29315_2022 }).Parameters, p => p.Name == "Preset");

        Assert.Equal(StaffingPreset.GbT29315_2022.ToString(), preset.Value);
        Assert.Equal(StaffingPreset.GbT29315_2022.Source, preset.Source);
    }

    [Fact]
    public void Campuses_that_cannot_be_told_are_counted_apart_from_the_met_and_the_short()
    {
        var rule = Rule with { Preset = StaffingPreset.GbT29315_2022 };
        var small = Campus("small") with { NonBoardingStudents = 50, Guards = 0, CertifiedGuards = 0 };
        var smallMet = Campus("small-met") with { NonBoardingStudents = 50 };

        var finding = Judge(rule, RegisterOf(D(2017, 6, 30), Campus("mid"), small, smallMet), D(2017, 7, 1));

        Assert.Equal((3L, 1L, 1L, 1L), (finding.Figure("campuses-concerned"), finding.Figure("campuses-met"), finding.Figure("campuses-short"), finding.Figure("campuses-unknown")));
        Assert.Equal(ComplianceStatus.CannotTell, finding.Campuses.Single(c => c.CampusCode == "mid").Status);
        Assert.Equal(ComplianceStatus.NotMet, finding.Campuses.Single(c => c.CampusCode == "small").Status);
    }

    [Fact]
    public void Only_campuses_that_cannot_be_told_make_it_cannot_tell_and_it_says_how_many()
    {
        var rule = Rule with { Preset = StaffingPreset.GbT29315_2022 };

        var finding = Judge(rule, RegisterOf(D(2017, 6, 30), Campus("mid"), Campus("mid2")), D(2017, 7, 1));

        Assert.Equal(ComplianceStatus.CannotTell, finding.Status);
        Assert.StartsWith(Rule.Title + "：无法判定", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith(Rule.EnglishTitle + ": cannot tell", finding.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("2 cannot be told", finding.EnglishMessage, StringComparison.Ordinal);
    }
}
