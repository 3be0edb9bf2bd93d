using Microsoft.Extensions.DependencyInjection;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.DependencyInjection;

public class ComplianceServiceCollectionTests
{
    [Fact]
    public void The_services_resolve_from_a_real_service_collection()
    {
        using var provider = new ServiceCollection().AddHuXiaoCompliance().BuildServiceProvider(validateScopes: true);

        var checker = provider.GetRequiredService<ComplianceChecker>();
        var catalogue = provider.GetRequiredService<RuleCatalogue>();

        Assert.Same(catalogue, checker.Catalogue);
        Assert.Equal(15, catalogue.Rules.Count);
        Assert.Equal(ComplianceStatus.Met, checker.Check(Report(2017, 6), D(2017, 7, 1)).Find("closed-management")!.Status);
    }

    [Fact]
    public void Calling_it_twice_registers_once()
    {
        var services = new ServiceCollection().AddHuXiaoCompliance().AddHuXiaoCompliance();

        Assert.Single(services, d => d.ServiceType == typeof(ComplianceChecker));
        Assert.Single(services, d => d.ServiceType == typeof(RuleCatalogue));
    }

    [Fact]
    public void Options_switch_rules_off_choose_the_preset_and_move_due_dates()
    {
        using var provider = new ServiceCollection()
            .AddHuXiaoCompliance(o =>
            {
                o.DisabledRules.Add("traffic-facilities");
                o.StaffingPreset = StaffingPreset.GbT29315_2022;
            })
            .AddHuXiaoCompliance(o => o.DueDates["urban-tech-defence-rate"] = D(2017, 12, 31))
            .BuildServiceProvider();

        var catalogue = provider.GetRequiredService<RuleCatalogue>();

        Assert.False(catalogue.IsEnabled("traffic-facilities"));
        Assert.Same(StaffingPreset.GbT29315_2022, ((StaffingNormRule)catalogue.Get("staffing-norm")).Preset);
        Assert.Equal(D(2017, 12, 31), catalogue.Get("urban-tech-defence-rate").Due);
    }

    [Fact]
    public void Options_set_the_drills_scope_and_keep_the_boarding_dutys_earlier_date()
    {
        using var provider = new ServiceCollection()
            .AddHuXiaoCompliance(o =>
            {
                o.DrillScope = DrillScope.PerUnit;
                o.DueDates[BoardingDutyRule.DefaultId] = Deadline.PushPhaseEnd;
            })
            .BuildServiceProvider();

        var catalogue = provider.GetRequiredService<RuleCatalogue>();

        Assert.Equal(DrillScope.PerUnit, ((DrillsEachSemesterRule)catalogue.Get(DrillsEachSemesterRule.DefaultId)).Scope);
        Assert.Equal(D(2017, 10, 31), catalogue.Get(BoardingDutyRule.DefaultId).Due);
        Assert.Equal(DrillScope.PerCampus, ((DrillsEachSemesterRule)new ComplianceOptions().BuildCatalogue().Get(DrillsEachSemesterRule.DefaultId)).Scope);
    }

    [Fact]
    public void An_undefined_drill_scope_fails_when_built()
    {
        var e = Assert.Throws<ComplianceException>(() => new ComplianceOptions { DrillScope = (DrillScope)9 }.BuildCatalogue());

        Assert.Equal(ComplianceErrorCodes.InvalidOptions, e.Code);
        Assert.Contains("DrillScope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_fail_when_built()
    {
        using var provider = new ServiceCollection().AddHuXiaoCompliance(o => o.DisabledRules.Add("no-such-rule")).BuildServiceProvider();

        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<ComplianceChecker>());

        Assert.Contains(ComplianceErrorCodes.InvalidOptions, e.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-rule", e.Message, StringComparison.Ordinal);
    }
}
