using HuXiao.Reporting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Calendar.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void The_default_registration_gives_the_built_in_campaign_and_the_system_clock()
    {
        using var provider = new ServiceCollection().AddHuXiaoCalendar().BuildServiceProvider();
        Assert.Same(Campaign.Zhengzhou2017, provider.GetRequiredService<Campaign>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(provider.GetRequiredService<CampaignCalendar>(), provider.GetRequiredService<CampaignCalendar>());
        Assert.NotNull(provider.GetRequiredService<CampaignIcsExporter>());
    }

    [Fact]
    public void Calling_twice_registers_each_service_once()
    {
        var services = new ServiceCollection().AddHuXiaoCalendar().AddHuXiaoCalendar();
        Assert.Single(services, d => d.ServiceType == typeof(CampaignCalendar));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(Campaign));
    }

    [Fact]
    public void A_clock_registered_before_or_after_wins_over_the_system_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2017, 6, 1, 0, 0));
        using var before = new ServiceCollection().AddSingleton<IClock>(clock).AddHuXiaoCalendar().BuildServiceProvider();
        Assert.Same(clock, before.GetRequiredService<CampaignCalendar>().Clock);
        using var after = new ServiceCollection().AddHuXiaoCalendar().AddSingleton<IClock>(clock).BuildServiceProvider();
        Assert.Same(clock, after.GetRequiredService<CampaignCalendar>().Clock);
        Assert.Equal(new LocalDate(2017, 6, 1), after.GetRequiredService<CampaignCalendar>().Today());
    }

    [Fact]
    public void Options_set_the_reading_and_the_semesters()
    {
        var official = new Semester("2016-2017-2", new BilingualText("第二学期", "Second"), new DateInterval(new LocalDate(2017, 2, 20), new LocalDate(2017, 7, 14)));
        var autumn = SemesterDefaults.Zhengzhou2017Autumn;
        using var provider = new ServiceCollection()
            .AddHuXiaoCalendar(o => o.DueDateReading = DueDateReading.Before)
            .AddHuXiaoCalendar(o => o.Semesters = [official, autumn])
            .BuildServiceProvider();
        var campaign = provider.GetRequiredService<Campaign>();
        Assert.Equal(new LocalDate(2017, 4, 30), campaign.GetReportingPeriod(new YearMonth(2017, 4)).DueDate);
        Assert.Equal(new LocalDate(2017, 7, 14), campaign.GetMilestone("drowning-prevention").DueDate);
    }

    [Fact]
    public void Options_choose_another_campaign()
    {
        var other = Campaign.CreateBuilder("example-2018", new BilingualText("示例", "Example")).WithSpan(new LocalDate(2018, 3, 1), new LocalDate(2018, 6, 30)).Build();
        using var provider = new ServiceCollection().AddHuXiaoCalendar(o => o.Campaign = other).BuildServiceProvider();
        Assert.Same(other, provider.GetRequiredService<CampaignCalendar>().Campaign);
    }

    [Fact]
    public void Bad_options_fail_when_built_with_a_clear_message()
    {
        using var noCampaign = new ServiceCollection().AddHuXiaoCalendar(o => o.Campaign = null).BuildServiceProvider();
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => noCampaign.GetRequiredService<CampaignCalendar>());
        Assert.Contains("CalendarOptions.Campaign", error.Message, StringComparison.Ordinal);

        using var missingSemester = new ServiceCollection().AddHuXiaoCalendar(o => o.Semesters = [SemesterDefaults.Zhengzhou2017Autumn]).BuildServiceProvider();
        var semesterError = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => missingSemester.GetRequiredService<Campaign>());
        Assert.Contains("'2016-2017-2'", semesterError.Message, StringComparison.Ordinal);

        using var badReading = new ServiceCollection().AddHuXiaoCalendar(o => o.DueDateReading = (DueDateReading)9).BuildServiceProvider();
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => badReading.GetRequiredService<Campaign>());
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddHuXiaoCalendar());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddHuXiaoCalendar(null!));
    }
}
