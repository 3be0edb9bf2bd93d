using HuXiao;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers every HuXiao package with one call.</summary>
public static class HuXiaoServiceCollectionExtensions
{
    /// <summary>
    /// Registers the reporting, calendar, compliance, Excel and briefing services with their defaults (the Zhengzhou
    /// 2017 form and campaign), with <see cref="HuXiaoOptions"/> and each package's options under the options pattern,
    /// validated on start. Calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiao(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<HuXiaoOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HuXiaoOptions>, HuXiaoOptionsValidator>());
        services.AddHuXiaoReporting().AddHuXiaoCalendar().AddHuXiaoCompliance().AddHuXiaoExcel().AddHuXiaoBriefing();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ReportingOptions>, HuXiaoOptionsSharing>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<CalendarOptions>, HuXiaoOptionsSharing>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ComplianceOptions>, HuXiaoOptionsSharing>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ExcelOptions>, HuXiaoOptionsSharing>());
        return services;
    }

    /// <summary>
    /// Registers every package with shared settings (<c>services.Configure&lt;HuXiaoOptions&gt;</c>). The settings are
    /// validated on start (with a host) or when a service is first built: a rule code that names no rule of its kind,
    /// or another package's invalid setting, fails with an <see cref="OptionsValidationException"/> naming it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the shared options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiao(this IServiceCollection services, Action<HuXiaoOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddHuXiao().Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers every package with shared settings bound from a configuration section, such as
    /// <c>builder.Configuration.GetSection("HuXiao")</c>: <c>DisabledConsistencyRules</c> and
    /// <c>DisabledComplianceRules</c> (arrays of rule codes and ids), <c>StaffingPreset</c> (a built-in preset's id,
    /// such as <c>norm-2015</c>) and <c>ReadLimits</c> (<c>MaxFileBytes</c>, <c>MaxPartCount</c>, <c>MaxPartBytes</c>,
    /// <c>MaxTotalBytes</c>). A key the section should not have, a value of the wrong type, an unknown preset or a
    /// rule that does not exist fails validation on start, naming it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiao(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHuXiao().AddSingleton<IConfigureOptions<HuXiaoOptions>>(new HuXiaoConfigurationBinding(configuration));
        return services;
    }
}
