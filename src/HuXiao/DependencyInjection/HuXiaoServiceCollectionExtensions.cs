using HuXiao;
using HuXiao.Compliance;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers every HuXiao package with one call.</summary>
public static class HuXiaoServiceCollectionExtensions
{
    /// <summary>
    /// Registers reporting, calendar, compliance and Excel services with their defaults (the Zhengzhou 2017 form
    /// and campaign). Calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiao(this IServiceCollection services) => services.AddHuXiao(static _ => { });

    /// <summary>
    /// Registers every package with shared settings. The settings are read once, when the first service is built;
    /// a rule code that names no rule, or another package's invalid setting, fails then with a message naming it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the shared options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiao(this IServiceCollection services, Action<HuXiaoOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var shared = new Lazy<HuXiaoOptions>(() =>
        {
            var options = new HuXiaoOptions();
            configure(options);
            return options;
        });

        services.AddHuXiaoReporting(o =>
        {
            var h = shared.Value;
            o.Schema = h.Schema;
            foreach (var code in h.DisabledRules.Where(c => h.Schema.Rules.Any(r => r.Code == c)))
            {
                o.DisabledRules.Add(code);
            }
        });
        services.AddHuXiaoCalendar(o =>
        {
            var h = shared.Value;
            o.Campaign = h.Campaign;
            if (h.Semesters is not null)
            {
                o.Semesters = h.Semesters;
            }
        });
        services.AddHuXiaoCompliance(o =>
        {
            var h = shared.Value;
            o.StaffingPreset = h.StaffingPreset;
            o.Semesters = h.Semesters ?? h.Campaign.Semesters.ToList();
            foreach (var code in h.DisabledRules.Where(c => !h.Schema.Rules.Any(r => r.Code == c)))
            {
                o.DisabledRules.Add(code);
            }
        });
        services.AddHuXiaoExcel(o =>
        {
            var h = shared.Value;
            if (!o.Schemas.Any(s => s.IsSameForm(h.Schema)))
            {
                o.Schemas.Add(h.Schema);
            }
        });
        return services;
    }
}
