using HuXiao.Reporting;
using HuXiao.Reporting.DependencyInjection;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reporting services: the form (<see cref="ReportSchema"/>), its <see cref="RuleSet"/> and the <see cref="ReportJsonSerializer"/>.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the reporting services for the built-in Zhengzhou 2017 form, with <see cref="ReportingOptions"/> under
    /// the options pattern (validated on start). Calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoReporting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReportingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReportingOptions>, ReportingOptionsValidator>());
        services.TryAddSingleton(sp => ConfiguredReporting.From(sp.GetRequiredService<IOptions<ReportingOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<ConfiguredReporting>().Schema);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConfiguredReporting>().Rules);
        services.TryAddSingleton(sp => sp.GetRequiredService<ConfiguredReporting>().Serializer);
        return services;
    }

    /// <summary>
    /// Registers the reporting services with settings (<c>services.Configure&lt;ReportingOptions&gt;</c>): each call's
    /// <paramref name="configure"/> runs in registration order when the options are first read; the services
    /// themselves are added once. The options are validated on start (with a host) or when first read: a bad setting
    /// fails with an <see cref="OptionsValidationException"/> naming it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoReporting(this IServiceCollection services, Action<ReportingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddHuXiaoReporting().Configure(configure);
        return services;
    }
}
