using System.Reflection;
using HuXiao.Briefing;
using HuXiao.Briefing.Html;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
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
        typeof(ExcelFormWriter), typeof(ExcelFormReader), typeof(RollUpWorkbookWriter),
        typeof(BriefingBuilder), typeof(BriefingHtmlRenderer),
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
            .Where(t => t.Namespace?.StartsWith("HuXiao", StringComparison.Ordinal) == true && t.IsPublic)
            .Distinct();
        Assert.All(registered, t => Assert.Contains(t, PublicServices));
    }

    [Fact]
    public void No_options_object_and_no_setup_type_is_a_public_service()
    {
        var registered = new ServiceCollection().AddHuXiao(new ConfigurationBuilder().Build()).Select(d => d.ServiceType).ToArray();
        Assert.DoesNotContain(typeof(ExcelOptions), registered);
        Assert.DoesNotContain(typeof(HuXiaoOptions), registered);
        Assert.DoesNotContain(registered, t => t.Namespace?.StartsWith("HuXiao", StringComparison.Ordinal) == true && t.IsPublic && (t.Name.EndsWith("Options", StringComparison.Ordinal) || t.Name.EndsWith("Setup", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_public_service_resolves_from_a_host_validated_on_build_and_on_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["HuXiao:DisabledComplianceRules:0"] = "six-officers" });
        builder.Services.AddHuXiao(builder.Configuration.GetSection("HuXiao"));
        using var host = builder.Build();
        await host.StartAsync();
        foreach (var type in PublicServices)
        {
            Assert.NotNull(host.Services.GetRequiredService(type));
        }

        Assert.False(host.Services.GetRequiredService<RuleCatalogue>().IsEnabled("six-officers"));
        await host.StopAsync();
    }

    [Fact]
    public void Appsettings_bind_both_rule_sets_the_staffing_preset_and_the_read_limits()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HuXiao:DisabledConsistencyRules:0"] = "blank-cell",
            ["HuXiao:DisabledComplianceRules:0"] = "six-officers",
            ["HuXiao:DisabledComplianceRules:1"] = "one-touch-alarm",
            ["HuXiao:StaffingPreset"] = "gbt-29315-2022",
            ["HuXiao:ReadLimits:MaxFileBytes"] = "1048576",
            ["HuXiao:ReadLimits:MaxPartCount"] = "100",
        }).Build();
        using var provider = new ServiceCollection().AddHuXiao(configuration.GetSection("HuXiao")).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Assert.Null(provider.GetRequiredService<RuleSet>().Find("blank-cell"));
        Assert.NotNull(provider.GetRequiredService<RuleSet>().Find("non-negative"));
        var catalogue = provider.GetRequiredService<RuleCatalogue>();
        Assert.False(catalogue.IsEnabled("six-officers"));
        Assert.False(catalogue.IsEnabled("one-touch-alarm"));
        Assert.True(catalogue.IsEnabled("urban-tech-defence-rate"));
        Assert.Same(StaffingPreset.GbT29315_2022, ((StaffingNormRule)catalogue.Get("staffing-norm")).Preset);
        var limits = provider.GetRequiredService<ExcelFormReader>().Limits;
        Assert.Equal(1_048_576, limits.MaxFileBytes);
        Assert.Equal(100, limits.MaxPartCount);
        Assert.Equal(ExcelReadLimits.Default.MaxTotalBytes, limits.MaxTotalBytes);
    }

    [Theory]
    [InlineData("DisabledConsistencyRules", "blank-cel", "blank-cell", "six-officers")]
    [InlineData("DisabledComplianceRules", "six-officer", "six-officers", "blank-cell")]
    public async Task A_typo_in_either_rule_set_fails_on_start_naming_the_rules_of_its_own_kind_only(string key, string typo, string ownKind, string otherKind)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"HuXiao:{key}:0"] = typo });
        builder.Services.AddHuXiao(builder.Configuration.GetSection("HuXiao"));
        using var host = builder.Build();
        var e = await Record.ExceptionAsync(() => host.StartAsync());
        var message = string.Join(" ", Failures(e));
        Assert.Contains(typo, message);
        Assert.Contains(ownKind, message);
        Assert.DoesNotContain(otherKind, message);
    }

    [Theory]
    [InlineData("HuXiao:DisabledRules:0", "blank-cell", "DisabledRules")]
    [InlineData("HuXiao:StaffingPreset", "norm-2051", "norm-2051")]
    [InlineData("HuXiao:ReadLimits:MaxFileBytes", "a lot", "MaxFileBytes")]
    [InlineData("HuXiao:ReadLimits:MaxPartCount", "0", "limit")]
    public async Task A_bad_setting_fails_on_start_naming_it(string key, string value, string named)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.Services.AddHuXiao(builder.Configuration.GetSection("HuXiao"));
        using var host = builder.Build();
        var e = await Record.ExceptionAsync(() => host.StartAsync());
        Assert.Contains(named, string.Join(" ", Failures(e)), StringComparison.Ordinal);
    }

    /// <summary>The validation failures a host's start reports: one options type failing, or several.</summary>
    internal static IEnumerable<string> Failures(Exception? e) => e switch
    {
        OptionsValidationException one => one.Failures,
        AggregateException all when all.InnerExceptions.All(i => i is OptionsValidationException) => all.InnerExceptions.SelectMany(Failures),
        _ => throw new Xunit.Sdk.XunitException($"Expected options validation to fail the start, got {e?.GetType().Name ?? "no exception"}."),
    };

    [Fact]
    public void Calling_twice_is_harmless_and_shared_options_reach_every_package()
    {
        var clock = new FakeClock(Instant.FromUtc(2017, 11, 5, 0, 0));
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddHuXiao(o =>
            {
                o.DisabledConsistencyRules.Add("blank-cell");
                o.DisabledComplianceRules.Add("six-officers");
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
        using var provider = new ServiceCollection().AddHuXiao(o => o.DisabledComplianceRules.Add("no-such-rule")).BuildServiceProvider();
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
