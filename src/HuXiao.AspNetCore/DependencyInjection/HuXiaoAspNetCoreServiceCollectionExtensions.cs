using HuXiao.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the endpoints of <c>MapHuXiao</c> need beside the services of <c>AddHuXiao()</c>.</summary>
public static class HuXiaoAspNetCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the endpoints' services with the default settings and, unless the app registered its own
    /// <see cref="IFormStore"/> first, an <see cref="InMemoryFormStore"/>. Call <c>AddHuXiao()</c> as well.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddHuXiaoAspNetCore(this IServiceCollection services) => services.AddHuXiaoAspNetCore(static _ => { });

    /// <summary>Registers the endpoints' services; see <see cref="AddHuXiaoAspNetCore(IServiceCollection)"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets whose month the endpoints serve; run once, when the endpoints are first used.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddHuXiaoAspNetCore(this IServiceCollection services, Action<HuXiaoEndpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton<IFormStore, InMemoryFormStore>();
        services.TryAddSingleton(provider =>
        {
            var options = new HuXiaoEndpointOptions();
            configure(options);
            var campaign = provider.GetRequiredService<HuXiao.Calendar.Campaign>();
            return new HuXiao.AspNetCore.Endpoints.HuXiaoEndpointSettings(options.Units ?? campaign.Units
                ?? throw new InvalidOperationException($"Campaign '{campaign.Id}' defines no units: set HuXiaoEndpointOptions.Units to the unit list whose month the endpoints serve."));
        });
        services.TryAddSingleton<HuXiao.AspNetCore.Endpoints.HuXiaoEndpointHandlers>();
        services.TryAddSingleton<HuXiao.AspNetCore.Endpoints.ReviewEndpointHandlers>();
        services.TryAddSingleton<HuXiao.AspNetCore.Pages.HuXiaoPages>();
        return services;
    }

    /// <summary>
    /// Keeps the uploaded forms in the submissions ledger (<see cref="LedgerFormStore"/> in place of any other
    /// <see cref="IFormStore"/>), so they survive a restart, and enables the review and reopening endpoints. The
    /// ledger uses the registered <see cref="NodaTime.IClock"/> and <see cref="HuXiao.Reporting.Json.ReportJsonSerializer"/>
    /// (those of <c>AddHuXiao()</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="store">
    /// The ledger's store, opened before the app starts (so a file that is not a ledger, or of a newer schema, stops
    /// it with a clear error): <c>await SqliteLedgerStore.OpenAsync("huxiao.db")</c>. The app disposes it when it stops.
    /// </param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddHuXiaoLedger(this IServiceCollection services, HuXiao.Ledger.ILedgerStore store)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(store);
        services.TryAddSingleton(store);
        services.TryAddSingleton(provider => new HuXiao.Ledger.SubmissionLedger(
            provider.GetRequiredService<HuXiao.Ledger.ILedgerStore>(),
            provider.GetRequiredService<NodaTime.IClock>(),
            provider.GetRequiredService<HuXiao.Reporting.Json.ReportJsonSerializer>()));
        services.Replace(ServiceDescriptor.Singleton<IFormStore, LedgerFormStore>());
        return services;
    }
}
