using System.Text.RegularExpressions;
using HuXiao.Reporting;
using NodaTime;
using NodaTime.Testing;

namespace HuXiao.Calendar.Tests;

/// <summary>
/// The quickstart in src/HuXiao.Calendar/README.md is the region below, compiled and checked here; the first test
/// fails if the two drift apart.
/// </summary>
public sealed partial class ReadmeQuickstartTests
{
    [Fact]
    public void The_readme_quickstart_is_this_tests_code()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadmeQuickstartTests.cs"));
        var block = ReadmeBlock().Match(readme);
        var region = Region().Match(source);
        Assert.True(block.Success, "README.md has no ```csharp block after '## Quickstart'.");
        Assert.True(region.Success, "The test has no #region Quickstart.");
        Assert.Equal(Normalise(region.Groups["code"].Value), Normalise(block.Groups["code"].Value));
    }

    [Fact]
    public void The_quickstart_runs_and_its_comments_hold()
    {
        #region Quickstart
        // using HuXiao.Calendar; using HuXiao.Reporting; using NodaTime; using NodaTime.Testing;
        // FakeClock comes from the NodaTime.Testing package (dotnet add package NodaTime.Testing).
        // A fixed clock keeps the comments true; in an app, take IClock and CampaignCalendar from
        // services.AddHuXiaoCalendar(), which uses the system clock.
        var clock = new FakeClock(Instant.FromUtc(2017, 5, 20, 2, 0));
        var calendar = new CampaignCalendar(Campaign.Zhengzhou2017, clock);

        LocalDate today = calendar.Today();                           // 2017-05-20 in Asia/Shanghai
        Phase? phase = calendar.PhaseOn(today);                       // 第2阶段 集中攻坚 2017-05-01..2017-10-31
        var dueSoon = calendar.MilestonesDueWithin(today, days: 14);  // the seven milestones due 2017-05-31
        ReportingPeriod? next = calendar.NextReportDue(today);        // 2017-05 due 2017-06-01

        // Was April's report, filed on 2017-05-03, on time? (每月1日前, read as "on or before the 1st")
        var april = Campaign.Zhengzhou2017.GetReportingPeriod(new YearMonth(2017, 4));
        bool onTime = april.IsOnTime(new LocalDate(2017, 5, 3));      // false
        int daysLate = april.DaysLate(new LocalDate(2017, 5, 3));     // 2

        // Month ranges for the reporting package's summaries.
        PeriodRange? semester = calendar.ThisSemester(today);         // 2017-04..2017-06
        PeriodRange? toDate = calendar.CampaignToDate(today);         // 2017-04..2017-05

        // An .ics file for the calendars people already use; re-importing it updates the events.
        string ics = new CampaignIcsExporter(clock).Export(Campaign.Zhengzhou2017);
        #endregion

        Assert.Equal(new LocalDate(2017, 5, 20), today);
        Assert.Equal("第2阶段 集中攻坚 2017-05-01..2017-10-31", phase?.ToString());
        Assert.Equal(7, dueSoon.Count);
        Assert.All(dueSoon, m => Assert.Equal(new LocalDate(2017, 5, 31), m.DueDate));
        Assert.Equal("2017-05 due 2017-06-01", next?.ToString());
        Assert.False(onTime);
        Assert.Equal(2, daysLate);
        Assert.Equal("2017-04..2017-06", semester?.ToString());
        Assert.Equal("2017-04..2017-05", toDate?.ToString());
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
    }

    private static string Normalise(string code)
        => string.Join('\n', code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"## Quickstart.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"#region Quickstart\n(?<code>.*?)\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();
}
