using HuXiao.Reporting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Calendar.Tests.Docs;

/// <summary>
/// The samples of the docs site's article on the campaign calendar (docs/articles/calendar.md), compiled and run.
/// The article pulls each <c>#region</c> in by name, so a sample that stops compiling or passing fails the tests.
/// </summary>
public sealed class CalendarSamples
{
    [Fact]
    public void Phases_and_milestones()
    {
        #region phases-milestones
        var campaign = Campaign.Zhengzhou2017;                // 郑公通〔2017〕66号, 2017-04-18..2018-01-31
        foreach (var phase in campaign.Phases)
        {
            Console.WriteLine(phase);                         // 第1阶段 动员部署 2017-04-18..2017-04-30, …
        }

        var alarm = campaign.GetMilestone("one-touch-alarm");
        Console.WriteLine($"{alarm.Title.Chinese} {alarm.Clause} {alarm.DueDate}");   // … 二(一)4 2017-10-31
        Console.WriteLine($"{string.Join(",", alarm.Indicators)}: {string.Join(",", alarm.Targets)}");   // A19,A01: one-touch-alarm (the target that judges it)

        // The 85% target has no date in the source: it is due at the end of phase 2 by setting.
        var rate = campaign.GetMilestone("tech-defence-85");
        Console.WriteLine($"{rate.Due.Kind} {rate.DueDate} derived={rate.IsDueDateDerived}");  // PhaseEnd 2017-10-31 derived=True
        #endregion

        Assert.Equal([1, 2, 3], campaign.Phases.Select(p => p.Number));
        Assert.Equal("第1阶段 动员部署 2017-04-18..2017-04-30", campaign.Phases[0].ToString());
        Assert.Equal("二(一)4", alarm.Clause);
        Assert.Equal(new LocalDate(2017, 10, 31), alarm.DueDate);
        Assert.Equal(["A19", "A01"], alarm.Indicators);
        Assert.Equal(["one-touch-alarm"], alarm.Targets);
        Assert.Null(alarm.IndicatorCondition);   // the target, not free text, says what achieves it
        Assert.Equal(MilestoneDueKind.PhaseEnd, rate.Due.Kind);
        Assert.Equal(new LocalDate(2017, 10, 31), rate.DueDate);
        Assert.True(rate.IsDueDateDerived);
        Assert.Null(campaign.PhaseOn(new LocalDate(2018, 1, 15)));   // January 2018: in the campaign, in no phase
    }

    [Fact]
    public void Where_the_campaign_stands()
    {
        #region status
        var clock = new FakeClock(Instant.FromUtc(2017, 10, 20, 1, 0));   // 2017-10-20 09:00 in Asia/Shanghai
        var calendar = new CampaignCalendar(Campaign.Zhengzhou2017, clock);

        CalendarStatus status = calendar.StatusNow(dueWithinDays: 14);
        Console.WriteLine(status.Phase?.Name.Chinese);                  // 集中攻坚
        Console.WriteLine(status.NextReport);                           // 2017-10 due 2017-11-01
        Console.WriteLine(status.MilestonesPassed.Count);               // milestones whose date has gone by
        foreach (var milestone in status.MilestonesDueSoon)
        {
            Console.WriteLine($"{milestone.DueDate} {milestone.Clause} {milestone.Title.Chinese}");   // 2017-10-31 二(一)4 …
        }

        Console.WriteLine(status.DaysLeft);                             // 104: the days left, today and 2018-01-31 included
        #endregion

        Assert.Equal(new LocalDate(2017, 10, 20), status.AsOf);
        Assert.True(status.IsInCampaign);
        Assert.Equal(2, status.Phase?.Number);
        Assert.Equal("2017-10 due 2017-11-01", status.NextReport?.ToString());
        Assert.Contains(status.MilestonesDueSoon, m => m.Id == "one-touch-alarm");
        Assert.All(status.MilestonesDueSoon, m => Assert.Equal(new LocalDate(2017, 10, 31), m.DueDate));
        Assert.All(status.MilestonesPassed, m => Assert.True(m.DueDate < status.AsOf));
        Assert.Equal(104, status.DaysLeft);
    }

    [Fact]
    public void Monthly_due_dates_and_on_time_checks()
    {
        #region monthly-due
        var campaign = Campaign.Zhengzhou2017;
        var june = campaign.GetReportingPeriod(new YearMonth(2017, 6));   // 每月1日前 (四(三))
        Console.WriteLine(june);                                          // 2017-06 due 2017-07-01

        // A filing date, or the exact moment (read in Asia/Shanghai):
        Console.WriteLine(june.IsOnTime(new LocalDate(2017, 7, 1)));      // True: on the 1st is on time
        Console.WriteLine(june.DaysLate(new LocalDate(2017, 7, 4)));      // 3
        Console.WriteLine(june.IsOnTime(Instant.FromUtc(2017, 7, 1, 15, 59)));   // True: 23:59 on the 1st in Beijing
        Console.WriteLine(june.IsOnTime(Instant.FromUtc(2017, 7, 1, 16, 0)));    // False: midnight has passed

        // Read 每月1日前 strictly ("before the 1st"): the last day of the month is the last on-time day.
        var strict = campaign.WithDueDateReading(DueDateReading.Before);
        Console.WriteLine(strict.GetReportingPeriod(new YearMonth(2017, 6)).DueDate);   // 2017-06-30
        #endregion

        Assert.Equal(new LocalDate(2017, 7, 1), june.DueDate);
        Assert.True(june.IsOnTime(new LocalDate(2017, 7, 1)));
        Assert.Equal(3, june.DaysLate(new LocalDate(2017, 7, 4)));
        Assert.True(june.IsOnTime(Instant.FromUtc(2017, 7, 1, 15, 59)));
        Assert.False(june.IsOnTime(Instant.FromUtc(2017, 7, 1, 16, 0)));
        Assert.Equal(new LocalDate(2017, 6, 30), strict.GetReportingPeriod(new YearMonth(2017, 6)).DueDate);
    }

    [Fact]
    public void Obligations_recurring_and_on_event()
    {
        #region obligations
        var campaign = Campaign.Zhengzhou2017;
        foreach (var obligation in campaign.Obligations)
        {
            Console.WriteLine(obligation);   // monthly-report: ≥1 per Monthly (四(三)), …, liaison-visits: ≥2 per Monthly (二(七))
        }

        // Set off by events, not the calendar: no window, no count, no due date — route such reports as they come.
        var atOnce = campaign.EventObligations.Single();
        Console.WriteLine(atOnce);                        // case-reporting: on event (四(三))
        Console.WriteLine(atOnce.Description.Chinese);    // 发生的重大案事件和重要情况信息要随时上报
        #endregion

        Assert.Equal(["monthly-report", "stage-report", "emergency-drills", "liaison-visits"], campaign.Obligations.Select(o => o.Id));
        Assert.Equal("case-reporting: on event (四(三))", atOnce.ToString());
        Assert.Equal("发生的重大案事件和重要情况信息要随时上报", atOnce.Description.Chinese);
    }

    [Fact]
    public void Semesters_are_settings()
    {
        #region semesters
        // The built-in semester dates are ASSUMPTIONS (official Zhengzhou dates were not found).
        foreach (var semester in Campaign.Zhengzhou2017.Semesters)
        {
            Console.WriteLine(semester);   // 2016-2017-2 2017-02-13..2017-07-07 (assumption), 2017-2018-1 2017-09-01..2018-01-31 (assumption)
        }

        // Replace them with the official school calendar; milestones due at a semester's end follow.
        Semester[] official =
        [
            new("2016-2017-2", new BilingualText("2016—2017学年第二学期", "2016–17, second semester"),
                new DateInterval(new LocalDate(2017, 2, 6), new LocalDate(2017, 7, 14)), source: "市教育局校历"),
            new("2017-2018-1", new BilingualText("2017—2018学年第一学期", "2017–18, first semester"),
                new DateInterval(new LocalDate(2017, 9, 1), new LocalDate(2018, 1, 26)), source: "市教育局校历"),
        ];
        var campaign = Campaign.Zhengzhou2017.WithSemesters(official);
        Console.WriteLine(campaign.GetMilestone("drowning-prevention").DueDate);   // 2017-07-14: "2017年暑假前"
        #endregion

        Assert.All(Campaign.Zhengzhou2017.Semesters, s => Assert.True(s.IsAssumption));
        Assert.Equal("2016-2017-2 2017-02-13..2017-07-07 (assumption)", Campaign.Zhengzhou2017.Semesters[0].ToString());
        Assert.Equal(new LocalDate(2017, 7, 7), Campaign.Zhengzhou2017.GetMilestone("drowning-prevention").DueDate);
        Assert.Equal(new LocalDate(2017, 7, 14), campaign.GetMilestone("drowning-prevention").DueDate);
        Assert.All(campaign.Semesters, s => Assert.False(s.IsAssumption));
    }

    [Fact]
    public void This_semester_as_a_period_range()
    {
        var schema = ReportSchema.Zhengzhou2017;
        var unit = new OrganisationUnit("410102", "中原区");
        MonthlyReport Month(int year, int month, long newPatrols)
            => MonthlyReport.CreateBuilder(schema, unit, new YearMonth(year, month)).SetNew("B16", newPatrols).Build();
        var months = ReportSeries.BuildTotals(OpeningBalance.FlowsAtZero(schema),
            [Month(2017, 9, 300), Month(2017, 10, 420), Month(2017, 11, 390)]);

        #region this-semester
        var calendar = new CampaignCalendar(Campaign.Zhengzhou2017, new FakeClock(Instant.FromUtc(2017, 12, 5, 2, 0)));
        var today = calendar.Today();                                  // 2017-12-05

        PeriodRange semester = calendar.ThisSemester(today)!.Value;   // 2017-09..2018-01: a month belongs to the semester it ends in
        PeriodRange toDate = calendar.CampaignToDate(today)!.Value;   // 2017-04..2017-12

        // Hand the range to the reporting package: 新增 summed over the months, 合计 from the last, missing months named.
        var summary = ReportSeries.Summarise(months, semester);
        Console.WriteLine(summary.New("B16"));                          // 1110
        Console.WriteLine(string.Join(",", summary.MissingMonths));     // 2017-12,2018-01
        #endregion

        Assert.Equal("2017-09..2018-01", semester.ToString());
        Assert.Equal("2017-04..2017-12", toDate.ToString());
        Assert.Equal(1110, summary.New("B16"));
        Assert.Equal([new YearMonth(2017, 12), new YearMonth(2018, 1)], summary.MissingMonths);
    }

    [Fact]
    public void Export_an_ics_file()
    {
        var folder = Directory.CreateTempSubdirectory("huxiao-docs-ics-").FullName;
        var path = Path.Combine(folder, "zhengzhou-2017.ics");
        try
        {
            #region ics-export
            var exporter = new CampaignIcsExporter(SystemClock.Instance);   // DTSTAMP comes from the clock
            string ics = exporter.Export(Campaign.Zhengzhou2017);
            File.WriteAllText(path, ics);                                   // UTF-8; import into Outlook, Google Calendar, a phone

            // One all-day event per milestone and per monthly due date, with stable UIDs:
            //   zhengzhou-2017.milestone.one-touch-alarm@huxiao.calendar
            //   zhengzhou-2017.report.2017-06@huxiao.calendar
            // so importing a newer file updates the events instead of duplicating them.
            #endregion

            Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
            Assert.Contains("UID:zhengzhou-2017.milestone.one-touch-alarm@huxiao.calendar", ics, StringComparison.Ordinal);
            Assert.Contains("UID:zhengzhou-2017.report.2017-06@huxiao.calendar", ics, StringComparison.Ordinal);
            var events = ics.Split('\n').Count(l => l.TrimEnd('\r') == "BEGIN:VEVENT");
            Assert.Equal(Campaign.Zhengzhou2017.Milestones.Count + Campaign.Zhengzhou2017.ReportingPeriods.Count, events);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Register_with_dependency_injection()
    {
        #region calendar-di
        var services = new ServiceCollection();
        services.AddHuXiaoCalendar(options =>
        {
            options.DueDateReading = DueDateReading.OnOrBefore;   // the default, said out loud
            options.Semesters = [.. SemesterDefaults.Zhengzhou2017];
        });
        using var provider = services.BuildServiceProvider();
        var calendar = provider.GetRequiredService<CampaignCalendar>();   // IClock defaults to SystemClock.Instance
        var exporter = provider.GetRequiredService<CampaignIcsExporter>();
        #endregion

        Assert.Equal("zhengzhou-2017", calendar.Campaign.Id);
        Assert.Same(SystemClock.Instance, exporter.Clock);
    }
}
