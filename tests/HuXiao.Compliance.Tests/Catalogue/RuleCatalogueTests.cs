using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Catalogue;

public class RuleCatalogueTests
{
    private static readonly string[] ExpectedIds =
    [
        "guards-on-every-campus", "security-staff-on-every-campus", "protective-equipment", "gate-video", "closed-management",
        "anti-ramming-barriers", "traffic-facilities", "one-touch-alarm", "urban-tech-defence-rate",
        "staffing-norm", "guards-certified", "boarding-duty", "drills-each-semester", "six-officers", "liaison-visits-monthly",
    ];

    [Fact]
    public void The_default_catalogue_lists_every_built_in_rule_in_order()
        => Assert.Equal(ExpectedIds, RuleCatalogue.CreateDefault().Rules.Select(r => r.Id));

    [Fact]
    public void Every_rule_has_titles_a_source_and_parameters()
    {
        Assert.All(RuleCatalogue.CreateDefault().Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.EnglishTitle));
            Assert.StartsWith("二(", r.Source, StringComparison.Ordinal);
            Assert.NotEmpty(r.Parameters);
            Assert.True(r.JudgesReports || r.JudgesRegisters);
        });
    }

    [Fact]
    public void The_85_percent_due_date_is_a_documented_setting()
    {
        var rule = RuleCatalogue.CreateDefault().Get("urban-tech-defence-rate");

        Assert.Equal(D(2017, 10, 31), rule.Due);
        Assert.StartsWith("setting", rule.DueSource, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_rule_stays_listed_but_is_not_judged()
    {
        var catalogue = RuleCatalogue.CreateDefault().Disable("closed-management");

        Assert.Contains(catalogue.Rules, r => r.Id == "closed-management");
        Assert.False(catalogue.IsEnabled("closed-management"));
        Assert.Null(new ComplianceChecker(catalogue).Check(Report(2017, 6), D(2017, 7, 1)).Find("closed-management"));
        Assert.True(catalogue.Enable("closed-management").IsEnabled("closed-management"));
    }

    [Fact]
    public void Disabling_an_unknown_rule_is_refused_with_its_code()
    {
        var e = Assert.Throws<ComplianceException>(() => RuleCatalogue.CreateDefault().Disable("closed-managment"));

        Assert.Equal(ComplianceErrorCodes.UnknownRule, e.Code);
        Assert.Contains("closed-management", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogues_are_per_instance()
    {
        var first = RuleCatalogue.CreateDefault();
        var changed = first.Disable("gate-video").WithDue("closed-management", D(2017, 6, 30));

        Assert.True(first.IsEnabled("gate-video"));
        Assert.Equal(D(2017, 5, 31), first.Get("closed-management").Due);
        Assert.Equal(D(2017, 6, 30), changed.Get("closed-management").Due);
        Assert.True(RuleCatalogue.CreateDefault().IsEnabled("gate-video"));
    }

    [Fact]
    public void A_moved_due_date_changes_the_judgement()
    {
        var catalogue = RuleCatalogue.CreateDefault().WithDue("closed-management", D(2017, 6, 30));
        var short5 = Report(2017, 6, b => b.SetTotal("A08", 95));

        Assert.Equal(ComplianceStatus.NotDue, new ComplianceChecker(catalogue).Check(short5, D(2017, 6, 15)).Find("closed-management")!.Status);
        Assert.Equal(ComplianceStatus.NotMet, new ComplianceChecker().Check(short5, D(2017, 6, 15)).Find("closed-management")!.Status);
    }

    [Fact]
    public void A_custom_rule_can_be_added_and_judges()
    {
        // Video linked to the police on every campus by 2018-01-31 (a later national target, 三个100%).
        var custom = new ReportTargetRule("video-linked", "视频监控全部联网", "Video linked on every campus", "三个100%", "A17", "A01", D(2018, 1, 31), "setting");
        var catalogue = RuleCatalogue.CreateDefault().With(custom);

        var finding = new ComplianceChecker(catalogue).Check(Report(2018, 1), D(2018, 2, 1)).Find("video-linked")!;

        Assert.Equal("video-linked", catalogue.Rules[^1].Id);
        Assert.Equal(ComplianceStatus.NotMet, finding.Status);
        Assert.Equal(10, finding.Shortfall);
    }

    [Fact]
    public void Configure_changes_parameters_and_refuses_a_wrong_type()
    {
        var catalogue = RuleCatalogue.CreateDefault().Configure<StaffingNormRule>("staffing-norm", r => r with { Preset = StaffingPreset.GbT29315_2022 });

        Assert.Same(StaffingPreset.GbT29315_2022, ((StaffingNormRule)catalogue.Get("staffing-norm")).Preset);
        Assert.Equal(ComplianceErrorCodes.RuleDefinition, Assert.Throws<ComplianceException>(() => catalogue.Configure<StaffingNormRule>("gate-video", r => r)).Code);
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused()
        => Assert.Equal(ComplianceErrorCodes.RuleDefinition, Assert.Throws<ComplianceException>(() => RuleCatalogue.Create([new SixOfficersRule(), new SixOfficersRule()])).Code);

    [Fact]
    public void The_markdown_table_lists_every_rule_with_its_source_and_parameters()
    {
        var markdown = RuleCatalogue.CreateDefault().Disable("traffic-facilities").ToMarkdown();
        var lines = markdown.TrimEnd('\n').Split('\n');

        Assert.Equal("| id | 规则 | rule | source | due | judges | parameters | on |", lines[0]);
        Assert.Equal(2 + ExpectedIds.Length, lines.Length);
        Assert.All(ExpectedIds, id => Assert.Contains($"| `{id}` |", markdown, StringComparison.Ordinal));
        var rate = lines.Single(l => l.StartsWith("| `urban-tech-defence-rate`", StringComparison.Ordinal));
        Assert.Contains("二(一)4", rate, StringComparison.Ordinal);
        Assert.Contains("85/100", rate, StringComparison.Ordinal);
        Assert.Contains("2017-10-31", rate, StringComparison.Ordinal);
        Assert.EndsWith("| no |", lines.Single(l => l.StartsWith("| `traffic-facilities`", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("公治〔2015〕168号", lines.Single(l => l.StartsWith("| `staffing-norm`", StringComparison.Ordinal)), StringComparison.Ordinal);
        // Every row has the header's 8 columns (no unescaped pipe inside a cell).
        Assert.All(lines, l => Assert.Equal(9, l.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')));
    }
}
