using HuXiao.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace HuXiao.Excel.Tests.DependencyInjection;

public sealed class ExcelServiceCollectionExtensionsTests
{
    [Fact]
    public void Every_service_resolves_and_registering_twice_is_harmless()
    {
        var services = new ServiceCollection().AddHuXiaoExcel().AddHuXiaoExcel(o => o.Limits = new ExcelReadLimits { MaxFileBytes = 1 });
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<ExcelFormWriter>());
        Assert.NotNull(provider.GetRequiredService<RollUpWorkbookWriter>());
        // Every call's settings apply, in order (as with the options pattern); the services are registered once.
        var reader = provider.GetRequiredService<ExcelFormReader>();
        Assert.Equal(1, reader.Limits.MaxFileBytes);
        Assert.Single(services, d => d.ServiceType == typeof(ExcelFormReader));
    }

    [Fact]
    public void Options_are_applied_and_validated()
    {
        using var provider = new ServiceCollection().AddHuXiaoExcel(o => o.Limits = new ExcelReadLimits { MaxFileBytes = 1234 }).BuildServiceProvider();
        Assert.Equal(1234, provider.GetRequiredService<ExcelFormReader>().Limits.MaxFileBytes);

        // Validated when the options are first built.
        static void Resolve(Action<ExcelOptions> configure)
        {
            using var provider = new ServiceCollection().AddHuXiaoExcel(configure).BuildServiceProvider();
            provider.GetRequiredService<ExcelFormReader>();
        }

        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Resolve(o => o.Schemas.Clear()));
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Resolve(o => o.Schemas.Add(ReportSchema.Zhengzhou2017)));
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Resolve(o => o.Limits = new ExcelReadLimits { MaxPartBytes = 10, MaxTotalBytes = 5 }));
    }
}
