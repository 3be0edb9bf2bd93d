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
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp =>
        {
            var options = new ReportingOptions();
            foreach (var setup in sp.GetServices<ReportingOptionsSetup>())
            {
                setup.Configure(options);
            }

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

    /// <summary>
    /// Registers the reporting services with settings. Each call's <paramref name="configure"/> is kept and all run in
    /// order when the services are first built (as with the options pattern); the services themselves are added
    /// once (<c>TryAdd</c>). The settings are validated then, and a bad one throws <see cref="InvalidOperationException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoReporting(this IServiceCollection services, Action<ReportingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new ReportingOptionsSetup(configure));
        return services.AddHuXiaoReporting();
    }
}
