using HuXiao.Compliance;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HuXiao.Compliance in an <see cref="IServiceCollection"/>.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="RuleCatalogue"/> and a <see cref="ComplianceChecker"/> as singletons, with the default
    /// rules and <see cref="ComplianceOptions"/> under the options pattern (validated on start). Calling it again is harmless.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddHuXiaoCompliance(this IServiceCollection services)
    {
        Preconditions.CheckNotNull(services);
        services.AddOptions<ComplianceOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ComplianceOptions>, ComplianceOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ComplianceOptions>>().Value.BuildCatalogue());
        services.TryAddSingleton(sp => new ComplianceChecker(sp.GetRequiredService<RuleCatalogue>()));
        return services;
    }

    /// <summary>
    /// Registers the compliance services with settings (<c>services.Configure&lt;ComplianceOptions&gt;</c>): rules
    /// switched off, staffing preset, due dates, semesters, rules of your own. Settings from several calls apply in
    /// order; they are validated on start (with a host) or when first read: an invalid setting fails with an
    /// <see cref="OptionsValidationException"/> whose message lists every problem and the catalogue's rule ids.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the settings.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddHuXiaoCompliance(this IServiceCollection services, Action<ComplianceOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        services.AddHuXiaoCompliance().Configure(configure);
        return services;
    }
}
