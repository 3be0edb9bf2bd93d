using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HuXiao;

/// <summary>
/// Hands the shared <see cref="HuXiaoOptions"/> to each package's options, in the options pattern's registration
/// order: the consistency rules switched off go to reporting, the compliance rules to compliance, each set whole,
/// so that each package reports a typo with the rules of its own kind.
/// </summary>
/// <param name="shared">The shared options, validated when read.</param>
internal sealed class HuXiaoOptionsSharing(IOptions<HuXiaoOptions> shared)
    : IConfigureOptions<ReportingOptions>, IConfigureOptions<CalendarOptions>, IConfigureOptions<ComplianceOptions>, IConfigureOptions<ExcelOptions>
{
    public void Configure(ReportingOptions options)
    {
        var h = shared.Value;
        options.Schema = h.Schema;
        options.DisabledRules.UnionWith(h.DisabledConsistencyRules);
    }

    public void Configure(CalendarOptions options)
    {
        var h = shared.Value;
        options.Campaign = h.Campaign;
        if (h.Semesters is not null)
        {
            options.Semesters = h.Semesters;
        }
    }

    public void Configure(ComplianceOptions options)
    {
        var h = shared.Value;
        options.Campaign = h.Campaign;
        options.StaffingPreset = h.StaffingPreset;
        options.Semesters = h.Semesters ?? h.Campaign.Semesters.ToList();
        options.DisabledRules.UnionWith(h.DisabledComplianceRules);
    }

    public void Configure(ExcelOptions options)
    {
        var h = shared.Value;
        if (!options.Schemas.Any(s => s.IsSameForm(h.Schema)))
        {
            options.Schemas.Add(h.Schema);
        }

        if (h.ReadLimits is { } limits)
        {
            options.Limits = limits;
        }
    }
}
