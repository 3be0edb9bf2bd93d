using NodaTime;
using NodaTime.Testing;
using IcalCalendar = Ical.Net.Calendar;

namespace HuXiao.Calendar.Tests.ICalendar;

public sealed class CampaignIcsExporterTests
{
    private static readonly FakeClock s_clock = new(Instant.FromUtc(2017, 4, 18, 2, 0));
    private static readonly string s_ics = new CampaignIcsExporter(s_clock).Export(Campaign.Zhengzhou2017);

    [Fact]
    public void It_parses_back_with_one_event_per_milestone_and_per_due_date()
    {
        var events = IcsTestReader.Events(s_ics);
        Assert.Equal(15 + 10, events.Count);
    }

    [Fact]
    public void Milestone_events_are_all_day_on_the_due_date_with_a_Chinese_summary_and_the_clause()
    {
        var closed = IcsTestReader.Events(s_ics)["zhengzhou-2017.milestone.closed-management@huxiao.calendar"];
        Assert.True(closed.IsAllDay);
        Assert.Equal(new LocalDate(2017, 5, 31), closed.Start);
        Assert.Equal(new LocalDate(2017, 6, 1), closed.End);
        Assert.Equal("实现封闭式管理", closed.Summary);
        Assert.Contains("二(一)5", closed.Description, StringComparison.Ordinal);
        Assert.Contains("A08", closed.Description, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20170531", s_ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Monthly_due_date_events_fall_on_the_first()
    {
        var april = IcsTestReader.Events(s_ics)["zhengzhou-2017.report.2017-04@huxiao.calendar"];
        Assert.Equal(new LocalDate(2017, 5, 1), april.Start);
        Assert.Equal("报送2017年4月《校园安全工作进展报表》截止", april.Summary);
        Assert.Contains("四(三)", april.Description, StringComparison.Ordinal);
        var january = IcsTestReader.Events(s_ics)["zhengzhou-2017.report.2018-01@huxiao.calendar"];
        Assert.Equal(new LocalDate(2018, 2, 1), january.Start);
    }

    [Fact]
    public void A_derived_due_date_says_so_in_the_description()
    {
        var drowning = IcsTestReader.Events(s_ics)["zhengzhou-2017.milestone.drowning-prevention@huxiao.calendar"];
        Assert.Equal(new LocalDate(2017, 7, 7), drowning.Start);
        Assert.Contains("假设", drowning.Description, StringComparison.Ordinal);
        var target = IcsTestReader.Events(s_ics)["zhengzhou-2017.milestone.tech-defence-85@huxiao.calendar"];
        Assert.Contains("a setting, not a date in the source", target.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void UIDs_are_the_same_on_every_export()
    {
        var later = new CampaignIcsExporter(new FakeClock(Instant.FromUtc(2017, 12, 1, 0, 0))).Export(Campaign.Zhengzhou2017);
        Assert.Equal(IcsTestReader.Events(s_ics).Keys.Order(StringComparer.Ordinal), IcsTestReader.Events(later).Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(s_ics, later);
    }

    [Fact]
    public void With_a_fixed_clock_two_exports_are_identical()
        => Assert.Equal(s_ics, new CampaignIcsExporter(s_clock).Export(Campaign.Zhengzhou2017));

    [Fact]
    public void The_stamp_comes_from_the_clock()
        => Assert.Contains("DTSTAMP:20170418T020000Z", s_ics, StringComparison.Ordinal);

    [Fact]
    public void Calendar_properties()
    {
        var calendar = IcalCalendar.Load(s_ics)!;
        Assert.Equal(CampaignIcsExporter.ProductId, calendar.ProductId);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains("X-WR-CALNAME:2017年全市中小学幼儿园“护校安园”专项工作", s_ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_end_with_CRLF_and_fold_within_75_octets()
    {
        Assert.Contains("\r\n", s_ics, StringComparison.Ordinal);
        foreach (var line in s_ics.Split("\r\n"))
        {
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line);
        }
    }

    [Fact]
    public void Uid_helpers_match_the_exported_uids()
    {
        var campaign = Campaign.Zhengzhou2017;
        Assert.Equal("zhengzhou-2017.milestone.gate-keeping@huxiao.calendar", CampaignIcsExporter.MilestoneUid(campaign, campaign.GetMilestone("gate-keeping")));
        Assert.Equal("zhengzhou-2017.report.2017-09@huxiao.calendar", CampaignIcsExporter.ReportUid(campaign, campaign.GetReportingPeriod(new YearMonth(2017, 9))));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new CampaignIcsExporter(null!));
        Assert.Throws<ArgumentNullException>(() => new CampaignIcsExporter(s_clock).Export(null!));
    }
}
