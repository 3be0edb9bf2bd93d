// The DI default registration is the one place a library package names the system clock (BannedSymbols.txt).
#pragma warning disable RS0030
using HuXiao.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
    /// Registers the campaign calendar with options (<c>services.Configure&lt;CalendarOptions&gt;</c>): each call's
    /// <paramref name="configure"/> runs in registration order when the options are first read; the services
    /// themselves are added with <c>TryAdd</c>, so calling twice never registers them twice. The options are
    /// validated on start (with a host) or when first read: a bad setting fails with an
    /// <see cref="OptionsValidationException"/> that says what to change.
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
        Register(services).Configure(configure);
        return services;
    }

    private static IServiceCollection Register(IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddOptions<CalendarOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<CalendarOptions>>().Value.BuildCampaign());
        services.TryAddSingleton(provider => new CampaignCalendar(provider.GetRequiredService<Campaign>(), provider.GetRequiredService<IClock>()));
        services.TryAddSingleton(provider => new CampaignIcsExporter(provider.GetRequiredService<IClock>()));
        return services;
    }
}
