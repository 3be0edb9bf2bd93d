using HuXiao.Excel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Excel package's services: <see cref="ExcelFormWriter"/>, <see cref="ExcelFormReader"/> and <see cref="RollUpWorkbookWriter"/>.</summary>
public static class ExcelServiceCollectionExtensions
{
    /// <summary>Registers the Excel services with the default options (the Zhengzhou 2017 form, default limits). Calling it again is harmless.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoExcel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp =>
        {
            var options = new ExcelOptions();
            foreach (var setup in sp.GetServices<ExcelOptionsSetup>())
            {
                setup.Configure(options);
            }

            options.Validate();
            return options;
        });
        services.TryAddSingleton(sp => new ExcelFormWriter(sp.GetRequiredService<ExcelOptions>()));
        services.TryAddSingleton(sp => new ExcelFormReader(sp.GetRequiredService<ExcelOptions>()));
        services.TryAddSingleton<RollUpWorkbookWriter>();
        return services;
    }

    /// <summary>
    /// Registers the Excel services with settings. Each call's <paramref name="configure"/> is kept and all run in
    /// order when the options are first built (as with the options pattern), and the options are validated then;
    /// the services themselves are added once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the schemas and limits.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoExcel(this IServiceCollection services, Action<ExcelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new ExcelOptionsSetup(configure));
        return services.AddHuXiaoExcel();
    }
}
