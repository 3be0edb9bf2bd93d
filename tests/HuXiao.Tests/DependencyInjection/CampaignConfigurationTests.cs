using System.Text.Json.Nodes;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HuXiao.Tests.DependencyInjection;

/// <summary>One campaign, given once (in code or as <c>Campaign</c> in configuration), reaches every package.</summary>
public sealed class CampaignConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("huxiao-campaign-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The 2017 plan as another city's: its own id, its guards due a month later, a 90% rate, and only two units.</summary>
    private string OtherCampaignFile(Action<JsonNode>? change = null)
    {
        var document = JsonNode.Parse(CampaignFormJson.BuiltInDefinition("zhengzhou-2017"))!;
        document["id"] = "other-city-2017";
        var targets = document["targets"]!.AsArray();
        targets.Single(t => (string?)t!["id"] == "guards-on-every-campus")!["due"] = new JsonObject { ["date"] = "2017-06-30" };
        targets.Single(t => (string?)t!["id"] == "urban-tech-defence-rate")!["atLeast"] = 0.9;
        document["units"] = JsonNode.Parse("""{"code":"510100","name":"某市公安局","children":[{"code":"510104","name":"甲分局"},{"code":"510105","name":"乙分局"}]}""");
        change?.Invoke(document);
        var path = Path.Combine(_folder, "other.json");
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }

    [Fact]
    public void A_campaign_file_in_configuration_reaches_the_calendar_the_rules_the_targets_and_the_excel_reader()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["HuXiao:Campaign"] = OtherCampaignFile() }).Build();
        using var provider = new ServiceCollection().AddHuXiao(configuration.GetSection("HuXiao")).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var campaign = provider.GetRequiredService<Campaign>();
        Assert.Equal("other-city-2017", campaign.Id);
        Assert.Equal(["510104", "510105"], campaign.Units!.Leaves.Select(u => u.Code));
        var catalogue = provider.GetRequiredService<RuleCatalogue>();
        Assert.Equal(new NodaTime.LocalDate(2017, 6, 30), catalogue.Get("guards-on-every-campus").Due);
        Assert.Equal(new NodaTime.LocalDate(2017, 6, 30), provider.GetRequiredService<ComplianceChecker>().Catalogue.Get("guards-on-every-campus").Due);
        Assert.True(provider.GetRequiredService<RuleSet>().Schema.IsSameForm(campaign.Form!));
        Assert.Contains(provider.GetRequiredService<IOptions<ExcelOptions>>().Value.Schemas, s => s.IsSameForm(campaign.Form!));
    }

    [Fact]
    public void A_campaign_set_in_code_reaches_the_compliance_rules_too()
    {
        var other = CampaignJson.Parse(File.ReadAllText(OtherCampaignFile()));
        using var provider = new ServiceCollection().AddHuXiao(o => o.Campaign = other).BuildServiceProvider();
        Assert.Equal(new NodaTime.LocalDate(2017, 6, 30), provider.GetRequiredService<RuleCatalogue>().Get("guards-on-every-campus").Due);
        Assert.Equal(new NodaTime.LocalDate(2017, 6, 30), new HuXiaoOptions().UseCampaignFile(OtherCampaignFile()).Campaign.Targets.Single(t => t.Id == "guards-on-every-campus").DueDate);
    }

    [Fact]
    public async Task A_bad_campaign_file_in_configuration_fails_on_start_with_every_problem_located()
    {
        var file = OtherCampaignFile(d => d["targets"]![0]!["covered"] = "Z99");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["HuXiao:Campaign"] = file });
        builder.Services.AddHuXiao(builder.Configuration.GetSection("HuXiao"));
        using var host = builder.Build();

        var e = await Record.ExceptionAsync(() => host.StartAsync());

        Assert.Contains(HuXiaoServiceCollectionExtensionsTests.Failures(e), f => f.Contains("$.targets[0].covered", StringComparison.Ordinal) && f.Contains(CampaignErrorCodes.UnknownIndicator, StringComparison.Ordinal));
        Assert.Throws<CampaignDefinitionException>(() => new HuXiaoOptions().UseCampaignFile(file));
    }

    [Fact]
    public async Task A_campaign_that_is_neither_built_in_nor_a_file_fails_on_start_naming_it()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["HuXiao:Campaign"] = "zhengzhou-2071" });
        builder.Services.AddHuXiao(builder.Configuration.GetSection("HuXiao"));
        using var host = builder.Build();
        var e = await Record.ExceptionAsync(() => host.StartAsync());
        Assert.Contains(HuXiaoServiceCollectionExtensionsTests.Failures(e), f => f.Contains("zhengzhou-2071", StringComparison.Ordinal));
    }
}
