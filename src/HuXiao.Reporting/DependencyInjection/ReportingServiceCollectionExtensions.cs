using HuXiao.Reporting;
using HuXiao.Reporting.DependencyInjection;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reporting services: the form (<see cref="ReportSchema"/>), its <see cref="RuleSet"/> and the <see cref="ReportJsonSerializer"/>.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>Registers the reporting services for the built-in Zhengzhou 2017 form. Calling it twice is harmless.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoReporting(this IServiceCollection services)
        => services.AddHuXiaoReporting(static _ => { });

    /// <summary>
    /// Registers the reporting services with settings. The first registration wins (<c>TryAdd</c>); the settings are
    /// validated when the services are first built.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoReporting(this IServiceCollection services, Action<ReportingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(_ =>
        {
            var options = new ReportingOptions();
            configure(options);
            return new ConfiguredReporting(options, options.Validate());
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<ConfiguredReporting>().Options.Schema);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConfiguredReporting>().Rules);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<ConfiguredReporting>().Options;
            return new ReportJsonSerializer(options.AdditionalSchemas.Prepend(options.Schema).DistinctBy(s => (s.Id, s.Version)), maxInputBytes: options.MaxJsonInputBytes);
        });
        return services;
    }
}
