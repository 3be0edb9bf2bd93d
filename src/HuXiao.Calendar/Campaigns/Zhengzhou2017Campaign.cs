using HuXiao.Reporting;

namespace HuXiao.Calendar;

/// <summary>
/// The built-in campaign <c>zhengzhou-2017</c> (郑公通〔2017〕66号), read from the definition document embedded in
/// HuXiao.Reporting, the one source of its form, rules, units, calendar and targets.
/// </summary>
internal static class Zhengzhou2017Campaign
{
    internal const string Id = "zhengzhou-2017";

    private static readonly Lazy<Campaign> s_instance = new(()
        => CampaignJson.Parse(CampaignFormJson.BuiltInDefinition(Id), ReportSchema.Zhengzhou2017, UnitHierarchy.Zhengzhou2017));

    internal static Campaign Instance => s_instance.Value;
}
