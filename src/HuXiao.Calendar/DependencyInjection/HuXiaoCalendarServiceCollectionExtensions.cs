// The DI default registration is the one place a library package names the system clock (BannedSymbols.txt).
#pragma warning disable RS0030
using HuXiao.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the HuXiao campaign calendar with dependency injection.</summary>
public static class HuXiaoCalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built-in <c>zhengzhou-2017</c> campaign with its default settings: <see cref="Campaign"/>,
    /// <see cref="CampaignCalendar"/>, <see cref="CampaignIcsExporter"/> and, if none is registered yet,
    /// <see cref="IClock"/> as <see cref="SystemClock.Instance"/>. Calling it more than once is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddHuXiaoCalendar(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Register(services);
    }

    /// <summary>
    /// Registers the campaign calendar with options. Each call's <paramref name="configure"/> is kept and all run in
    /// registration order when the campaign is first resolved (as with the options pattern); the services
    /// themselves are added with <c>TryAdd</c>, so calling twice never registers them twice. The options are
    /// checked when the campaign is built; a bad setting throws <see cref="CampaignDefinitionException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the campaign, semesters, due-date reading or month-to-semester rule.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// <see cref="IClock"/> defaults to <see cref="SystemClock.Instance"/> — the only place the package reads the
    /// system clock. Register your own <see cref="IClock"/> (before or after) to replace it, for example
    /// <c>NodaTime.Testing.FakeClock</c> in tests.
    /// </remarks>
    public static IServiceCollection AddHuXiaoCalendar(this IServiceCollection services, Action<CalendarOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new CalendarOptionsSetup(configure));
        return Register(services);
    }

    private static IServiceCollection Register(IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(provider =>
        {
            var options = new CalendarOptions();
            foreach (var setup in provider.GetServices<CalendarOptionsSetup>())
            {
                setup.Configure(options);
            }

            return options.BuildCampaign();
        });
        services.TryAddSingleton(provider => new CampaignCalendar(provider.GetRequiredService<Campaign>(), provider.GetRequiredService<IClock>()));
        services.TryAddSingleton(provider => new CampaignIcsExporter(provider.GetRequiredService<IClock>()));
        return services;
    }
}
