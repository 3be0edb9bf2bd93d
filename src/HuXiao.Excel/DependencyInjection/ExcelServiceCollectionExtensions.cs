using HuXiao.Excel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Excel package's services: <see cref="ExcelFormWriter"/>, <see cref="ExcelFormReader"/> and <see cref="RollUpWorkbookWriter"/>.</summary>
public static class ExcelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Excel services with the default options (the Zhengzhou 2017 form, default limits) under the
    /// options pattern (validated on start). The reader and writer take a snapshot of the options when they are
    /// built; the options object itself is not a service. Calling it again is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoExcel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ExcelOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExcelOptions>, ExcelOptionsValidator>());
        services.TryAddSingleton(sp => new ExcelFormWriter(sp.GetRequiredService<IOptions<ExcelOptions>>().Value));
        services.TryAddSingleton(sp => new ExcelFormReader(sp.GetRequiredService<IOptions<ExcelOptions>>().Value));
        services.TryAddSingleton<RollUpWorkbookWriter>();
        return services;
    }

    /// <summary>
    /// Registers the Excel services with settings (<c>services.Configure&lt;ExcelOptions&gt;</c>): each call's
    /// <paramref name="configure"/> runs in registration order when the options are first read; they are validated
    /// on start (with a host) or when first read, and a bad setting fails with an
    /// <see cref="OptionsValidationException"/> naming it. The services themselves are added once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the schemas and limits.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddHuXiaoExcel(this IServiceCollection services, Action<ExcelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddHuXiaoExcel().Configure(configure);
        return services;
    }
}
