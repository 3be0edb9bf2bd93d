using System.Reflection;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Tests.DependencyInjection;

public class HuXiaoServiceCollectionExtensionsTests
{
    private static readonly Type[] PublicServices =
    [
        typeof(ReportSchema), typeof(RuleSet), typeof(ReportJsonSerializer),
        typeof(Campaign), typeof(CampaignCalendar), typeof(CampaignIcsExporter), typeof(IClock),
        typeof(RuleCatalogue), typeof(ComplianceChecker),
        typeof(ExcelOptions), typeof(ExcelFormWriter), typeof(ExcelFormReader), typeof(RollUpWorkbookWriter),
    ];

    [Fact]
    public void Every_public_service_resolves_from_a_real_container_with_one_line()
    {
        using var provider = new ServiceCollection().AddHuXiao().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var type in PublicServices)
        {
            Assert.NotNull(provider.GetRequiredService(type));
        }
    }

    [Fact]
    public void Every_registered_huxiao_service_is_in_the_list_above()
    {
        var registered = new ServiceCollection().AddHuXiao().Select(d => d.ServiceType)
            .Where(t => t.Namespace?.StartsWith("HuXiao", StringComparison.Ordinal) == true && !t.Name.EndsWith("Setup", StringComparison.Ordinal) && !t.Name.EndsWith("Configuration", StringComparison.Ordinal) && t != typeof(HuXiao.Reporting.DependencyInjection.ConfiguredReporting))
            .Distinct();
        Assert.All(registered, t => Assert.Contains(t, PublicServices));
    }

    [Fact]
    public void Calling_twice_is_harmless_and_shared_options_reach_every_package()
    {
        var clock = new FakeClock(Instant.FromUtc(2017, 11, 5, 0, 0));
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddHuXiao(o =>
            {
                o.DisabledRules.Add("blank-cell");
                o.DisabledRules.Add("six-officers");
            })
            .AddHuXiao();
        Assert.Single(services, d => d.ServiceType == typeof(RuleSet));
        Assert.Single(services, d => d.ServiceType == typeof(ComplianceChecker));
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetRequiredService<RuleSet>().Find("blank-cell"));
        Assert.False(provider.GetRequiredService<RuleCatalogue>().IsEnabled("six-officers"));
        Assert.True(provider.GetRequiredService<RuleCatalogue>().IsEnabled("one-touch-alarm"));
        Assert.Same(clock, provider.GetRequiredService<CampaignCalendar>().Clock);
    }

    [Fact]
    public void A_rule_code_that_names_no_rule_fails_when_the_services_are_built()
    {
        using var provider = new ServiceCollection().AddHuXiao(o => o.DisabledRules.Add("no-such-rule")).BuildServiceProvider();
        var e = Record.Exception(() => provider.GetRequiredService<ComplianceChecker>());
        Assert.NotNull(e);
        Assert.Contains("no-such-rule", e.Message);
    }

    [Fact]
    public void Shared_semesters_reach_the_calendar_and_the_drill_rule()
    {
        // Official dates replacing the assumed ones, under the same ids the campaign's milestones refer to.
        Semester[] terms =
        [
            new("2016-2017-2", new BilingualText("第二学期", "second semester"), new DateInterval(new LocalDate(2017, 2, 20), new LocalDate(2017, 7, 14))),
            new("2017-2018-1", new BilingualText("第一学期", "first semester"), new DateInterval(new LocalDate(2017, 9, 4), new LocalDate(2018, 1, 26))),
        ];
        using var provider = new ServiceCollection().AddHuXiao(o => o.Semesters = terms).BuildServiceProvider();
        Assert.Equal(terms, provider.GetRequiredService<Campaign>().Semesters);
        var drills = (DrillsEachSemesterRule)provider.GetRequiredService<RuleCatalogue>().Get("drills-each-semester");
        Assert.Equal(terms, drills.Semesters);
    }

    [Fact]
    public void Library_packages_depend_only_on_the_di_abstractions()
    {
        foreach (var assembly in new[] { typeof(ReportSchema), typeof(Campaign), typeof(ComplianceChecker), typeof(HuXiao.Months.MonthlyCycle), typeof(ExcelFormReader), typeof(HuXiaoOptions) }.Select(t => t.Assembly))
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.Extensions.DependencyInjection");
        }
    }
}
