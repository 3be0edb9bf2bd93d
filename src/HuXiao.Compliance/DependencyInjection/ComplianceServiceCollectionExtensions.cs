using HuXiao.Compliance;
using HuXiao.Compliance.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers HuXiao.Compliance in an <see cref="IServiceCollection"/>.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="RuleCatalogue"/> and a <see cref="ComplianceChecker"/> as singletons, with the default
    /// rules. Calling it again is harmless.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddHuXiaoCompliance(this IServiceCollection services)
    {
        Preconditions.CheckNotNull(services);
        services.TryAddSingleton(sp =>
        {
            var options = new ComplianceOptions();
            foreach (var configure in sp.GetServices<ComplianceOptionsConfiguration>())
            {
                configure.Apply(options);
            }

            return options.BuildCatalogue();
        });
        services.TryAddSingleton(sp => new ComplianceChecker(sp.GetRequiredService<RuleCatalogue>()));
        return services;
    }

    /// <summary>
    /// Registers the compliance services with settings: rules switched off, staffing preset, due dates,
    /// semesters, rules of your own. Settings from several calls apply in order; they are validated when the
    /// catalogue is first built (an invalid setting throws a <see cref="ComplianceException"/> with code
    /// <see cref="ComplianceErrorCodes.InvalidOptions"/> then).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the settings.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddHuXiaoCompliance(this IServiceCollection services, Action<ComplianceOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        services.AddSingleton(new ComplianceOptionsConfiguration(configure));
        return services.AddHuXiaoCompliance();
    }
}
