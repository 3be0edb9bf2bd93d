using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace HuXiao.Reporting.Tests.DependencyInjection;

public class ReportingServiceCollectionExtensionsTests
{
    [Fact]
    public void Resolves_the_schema_rules_and_serializer_from_a_real_container()
    {
        using var provider = new ServiceCollection().AddHuXiaoReporting().BuildServiceProvider(validateScopes: true);
        Assert.Same(ReportSchema.Zhengzhou2017, provider.GetRequiredService<ReportSchema>());
        Assert.Equal(ReportSchema.Zhengzhou2017.Rules.Count, provider.GetRequiredService<RuleSet>().Count);
        Assert.Equal("zhengzhou-2017", Assert.Single(provider.GetRequiredService<ReportJsonSerializer>().Schemas).Id);
    }

    [Fact]
    public void Options_switch_rules_off_and_add_rules_and_every_call_applies_in_order()
    {
        var services = new ServiceCollection()
            .AddHuXiaoReporting(o =>
            {
                o.DisabledRules.Add("blank-cell");
                o.AdditionalRules.Add(new StockDecreaseRule(["A01"], "campus-closed"));
            })
            .AddHuXiaoReporting(o => o.DisabledRules.Add("total-chain"));
        Assert.Single(services, d => d.ServiceType == typeof(RuleSet));
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<RuleSet>();
        Assert.Null(rules.Find("blank-cell"));
        Assert.Null(rules.Find("total-chain"));
        Assert.NotNull(rules.Find("campus-closed"));
    }

    [Fact]
    public void Invalid_options_fail_when_the_services_are_built_naming_the_setting()
    {
        using var provider = new ServiceCollection().AddHuXiaoReporting(o => o.DisabledRules.Add("no-such-rule")).BuildServiceProvider();
        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<RuleSet>());
        Assert.Contains("no-such-rule", e.Message);
        using var sized = new ServiceCollection().AddHuXiaoReporting(o => o.MaxJsonInputBytes = 0).BuildServiceProvider();
        Assert.Contains("MaxJsonInputBytes", Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => sized.GetRequiredService<ReportJsonSerializer>()).Message);
    }
}
