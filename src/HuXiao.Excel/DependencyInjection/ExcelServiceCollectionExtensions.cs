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
        => services.AddHuXiaoExcel(static _ => { });

    /// <summary>
    /// Registers the Excel services with configured options, validated here. Calling it again is harmless: the
    /// first registration stays.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the schemas and limits.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentException">The configured options are invalid.</exception>
    public static IServiceCollection AddHuXiaoExcel(this IServiceCollection services, Action<ExcelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ExcelOptions();
        configure(options);
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => new ExcelFormWriter(sp.GetRequiredService<ExcelOptions>()));
        services.TryAddSingleton(sp => new ExcelFormReader(sp.GetRequiredService<ExcelOptions>()));
        services.TryAddSingleton<RollUpWorkbookWriter>();
        return services;
    }
}
