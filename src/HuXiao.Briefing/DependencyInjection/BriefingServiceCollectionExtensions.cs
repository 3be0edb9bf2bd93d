using HuXiao.Briefing;
using HuXiao.Briefing.Html;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the briefing services: <see cref="BriefingBuilder"/> and <see cref="BriefingHtmlRenderer"/>.</summary>
public static class BriefingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="BriefingBuilder"/> and a <see cref="BriefingHtmlRenderer"/> with the default page options, as singletons. Calling it again is harmless.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoBriefing(this IServiceCollection services) => services.AddHuXiaoBriefing(new BriefingHtmlOptions());

    /// <summary>
    /// Registers <see cref="BriefingBuilder"/> and a <see cref="BriefingHtmlRenderer"/> with the given page options
    /// (immutable: the issuer's line, a notice), as singletons. The first registration wins; a later call adds nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="html">The page options.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoBriefing(this IServiceCollection services, BriefingHtmlOptions html)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(html);
        services.TryAddSingleton<BriefingBuilder>();
        services.TryAddSingleton(new BriefingHtmlRenderer(html));
        return services;
    }
}
