using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HuXiao.Reporting.Tests.Docs;

/// <summary>
/// The samples of the docs site's article on embedding the reporting core in another system
/// (docs/articles/reporting.md): dependency injection and a rule of one's own. Compiled and run.
/// </summary>
public class EmbeddingSamples
{
    #region custom-rule
    /// <summary>A city's own rule: campuses with a police room (B13) are at most the urban campuses (A02).</summary>
    public sealed class PoliceRoomsWithinUrbanRule()
        : ConsistencyRule("police-rooms-within-urban", FindingSeverity.Warning, ["B13", "A02"],
            "警务室数不超过城市校园数", "Police rooms are at most the urban campuses (B13 ≤ A02)")
    {
        public override void Check(in RuleContext context)
        {
            // Indicators are addressed by their position in the list above: 0 is B13, 1 is A02.
            if (context.Value(0, ReportRow.Total) is { } rooms && context.Value(1, ReportRow.Total) is { } urban && rooms > urban)
            {
                context.Fail(ReportRow.Total, $"合计：警务室 {rooms} 个，多于城市校园数 {urban}。", $"Total: {rooms} police rooms, more than {urban} urban campuses.", 0, 1);
            }
        }
    }
    #endregion

    [Fact]
    public void Register_with_dependency_injection()
    {
        #region di-registration
        var services = new ServiceCollection();
        services.AddHuXiaoReporting(options =>
        {
            options.DisabledRules.Add("blank-cell");                      // a typo here fails when the services are built
            options.AdditionalRules.Add(new PoliceRoomsWithinUrbanRule());
            options.MaxJsonInputBytes = 1024 * 1024;
        });

        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ReportSchema>();         // the form (default: Zhengzhou 2017)
        var rules = provider.GetRequiredService<RuleSet>();               // the form's rules as configured
        var json = provider.GetRequiredService<ReportJsonSerializer>();   // the interchange format
        #endregion

        Assert.Same(ReportSchema.Zhengzhou2017, schema);
        Assert.Null(rules.Find("blank-cell"));
        Assert.NotNull(rules.Find("police-rooms-within-urban"));
        Assert.Equal(1024 * 1024, json.MaxInputBytes);
    }

    [Fact]
    public void Custom_rule_reports_a_finding()
    {
        var rules = RuleSet.For(ReportSchema.Zhengzhou2017).Without("blank-cell").With(new PoliceRoomsWithinUrbanRule());
        var report = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, new OrganisationUnit("410102", "中原区"), new YearMonth(2017, 6))
            .SetTotal("A01", 10).SetTotal("A02", 6).SetTotal("A03", 4).SetTotal("B13", 7)
            .Build();

        var finding = Assert.Single(rules.Validate(report).Findings, f => f.RuleCode == "police-rooms-within-urban");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal([7L, 6L], finding.Values);
    }
}
