using HuXiao.Reporting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HuXiao.Compliance.Tests.Docs;

/// <summary>
/// The samples of the docs site's section on embedding compliance checks in another system
/// (docs/articles/embedding.md): dependency injection, options, switching rules off, rules of one's own.
/// </summary>
public class EmbeddingComplianceSamples
{
    #region compliance-per-campus-rule
    /// <summary>A city's own rule: every boarding campus has at least two certified guards.</summary>
    public sealed record BoardingCertifiedGuardsRule : PerCampusRule
    {
        public BoardingCertifiedGuardsRule()
            : base("boarding-certified-guards", "寄宿制校园持证保安员不少于2人", "Boarding campuses: at least two certified guards", "市局通知（示例）")
        {
            Due = new LocalDate(2017, 12, 31);
            DueSource = "setting: the city's own notice";
        }

        public long Minimum { get; init; } = 2;

        // Which campuses the rule is about; the others are left out of the finding.
        protected override bool Concerns(CampusRecord campus) => campus.IsBoarding;

        protected override CampusAssessment Assess(CampusRecord campus)
            => campus.CertifiedGuards >= Minimum
                ? CampusAssessment.Met
                : new(ComplianceStatus.NotMet, $"持证保安员{campus.CertifiedGuards}人，少于{Minimum}人", $"{campus.CertifiedGuards} certified guard(s), fewer than {Minimum}");
    }
    #endregion

    [Fact]
    public void Register_with_dependency_injection()
    {
        #region compliance-di
        var services = new ServiceCollection();
        services.AddHuXiaoCompliance(options =>
        {
            options.DisabledRules.Add("traffic-facilities");                      // a typo here fails when the services are built (HX0503)
            options.StaffingPreset = StaffingPreset.GbT29315_2022;                // the default is StaffingPreset.Norm2015
            options.DueDates["urban-tech-defence-rate"] = new LocalDate(2017, 12, 31);   // move a due date the source does not fix
            options.AdditionalRules.Add(new BoardingCertifiedGuardsRule());
            // options.Semesters = officialSemesters;                             // replace the assumed semester dates
        });

        using var provider = services.BuildServiceProvider();
        var catalogue = provider.GetRequiredService<RuleCatalogue>();   // immutable, one per container
        var checker = provider.GetRequiredService<ComplianceChecker>(); // uses that catalogue; thread-safe
        #endregion

        Assert.Same(catalogue, checker.Catalogue);
        Assert.False(catalogue.IsEnabled("traffic-facilities"));
        Assert.Same(StaffingPreset.GbT29315_2022, ((StaffingNormRule)catalogue.Get("staffing-norm")).Preset);
        Assert.Equal(new LocalDate(2017, 12, 31), catalogue.Get("urban-tech-defence-rate").Due);
        Assert.True(catalogue.IsEnabled("boarding-certified-guards"));

        using var bad = new ServiceCollection().AddHuXiaoCompliance(o => o.DisabledRules.Add("trafic-facilities")).BuildServiceProvider();
        Assert.Contains(ComplianceErrorCodes.InvalidOptions, Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => bad.GetRequiredService<ComplianceChecker>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogues_without_dependency_injection()
    {
        #region compliance-catalogue
        // Each call returns a new, immutable catalogue; nothing is global.
        var catalogue = RuleCatalogue.CreateDefault()
            .Disable("traffic-facilities", "anti-ramming-barriers")          // not judged, still listed (IsEnabled false)
            .WithDue("closed-management", new LocalDate(2017, 6, 30))        // dueSource defaults to "setting"
            .Configure<DrillsEachSemesterRule>("drills-each-semester", rule => rule with { MinimumPerSemester = 2 })
            // A deadline target of one's own, judged from the form: A17 (video linked) must reach A01 (all campuses).
            .With(new ReportTargetRule("video-linked", "视频监控全部联网", "Video linked on every campus", "市局通知（示例）",
                achieved: "A17", target: "A01", due: new LocalDate(2018, 1, 31), dueSource: "setting: the city's own notice"))
            .With(new BoardingCertifiedGuardsRule());                        // a rule with an existing id replaces it

        var checker = new ComplianceChecker(catalogue);
        Console.WriteLine(catalogue.ToMarkdown());                            // the table of the rule catalogue page
        #endregion

        Assert.False(catalogue.IsEnabled("traffic-facilities"));
        Assert.True(catalogue.Contains("traffic-facilities"));
        Assert.Equal(new LocalDate(2017, 6, 30), catalogue.Get("closed-management").Due);
        Assert.Equal(2, ((DrillsEachSemesterRule)catalogue.Get("drills-each-semester")).MinimumPerSemester);

        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", "中原区"), new YearMonth(2018, 1))
            .SetTotal("A01", 100).SetTotal("A17", 90).Build();
        var video = checker.Check(report, new LocalDate(2018, 2, 1)).Find("video-linked")!;
        Assert.Equal(ComplianceStatus.NotMet, video.Status);
        Assert.Equal(10, video.Shortfall);
        Assert.Null(checker.Check(report, new LocalDate(2018, 2, 1)).Find("traffic-facilities"));

        var campus = new CampusRecord
        {
            Code = "S009", Name = "示例寄宿学校", Location = CampusLocation.Rural, Type = CampusType.Secondary,
            BoardingStudents = 300, Guards = 2, CertifiedGuards = 1,
        };
        var register = new CampusRegister(new OrganisationUnit("410102", "中原区"), new LocalDate(2018, 1, 10), [campus]);
        var boarding = checker.Check(register, new LocalDate(2018, 1, 15)).Find("boarding-certified-guards")!;
        Assert.Equal(ComplianceStatus.NotMet, boarding.Status);
        Assert.Equal("S009", Assert.Single(boarding.Campuses).CampusCode);
    }
}
