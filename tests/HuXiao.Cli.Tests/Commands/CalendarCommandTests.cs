using System.Text.Json;

namespace HuXiao.Cli.Tests.Commands;

public class CalendarCommandTests
{
    [Fact]
    public void Json_says_where_the_campaign_stands_in_the_contract_shape()
    {
        using var dir = new TempDirectory();
        var run = HuxiaoProcess.Run(dir.Path, "calendar", "--as-of", "2017-06-15", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(["asOf", "campaign", "inCampaign", "phase", "nextReport", "passed", "upcoming"], root.EnumerateObject().Select(p => p.Name).Take(7));
        Assert.Equal("2017-06-15", root.GetProperty("asOf").GetString());
        Assert.Equal("zhengzhou-2017", root.GetProperty("campaign").GetString());
        Assert.True(root.GetProperty("inCampaign").GetBoolean());
        Assert.Equal("集中攻坚", root.GetProperty("phase").GetProperty("name").GetString());
        Assert.Equal("2017-05-01", root.GetProperty("phase").GetProperty("start").GetString());
        Assert.Equal("2017-10-31", root.GetProperty("phase").GetProperty("end").GetString());
        Assert.Equal("2017-06", root.GetProperty("nextReport").GetProperty("period").GetString());
        Assert.Equal("2017-07-01", root.GetProperty("nextReport").GetProperty("due").GetString());
        var passed = root.GetProperty("passed").EnumerateArray().ToArray();
        Assert.All(passed, m => Assert.True(string.CompareOrdinal(m.GetProperty("due").GetString(), "2017-06-15") < 0));
        Assert.Contains(passed, m => m.GetProperty("due").GetString() == "2017-05-31" && m.GetProperty("source").GetString() == "二(一)5");
        Assert.Contains(root.GetProperty("upcoming").EnumerateArray(), m => m.GetProperty("due").GetString() == "2017-10-31" && m.GetProperty("source").GetString() == "二(一)4");
    }

    [Fact]
    public void January_2018_is_in_the_campaign_but_in_no_phase_and_after_it_nothing_is_next()
    {
        using var dir = new TempDirectory();
        using var january = JsonDocument.Parse(HuxiaoProcess.Run(dir.Path, "calendar", "--as-of", "2018-01-10", "--format", "json").Out);
        Assert.True(january.RootElement.GetProperty("inCampaign").GetBoolean());
        Assert.Equal(JsonValueKind.Null, january.RootElement.GetProperty("phase").ValueKind);
        using var after = JsonDocument.Parse(HuxiaoProcess.Run(dir.Path, "calendar", "--as-of", "2018-03-01", "--format", "json").Out);
        Assert.False(after.RootElement.GetProperty("inCampaign").GetBoolean());
        Assert.Equal(JsonValueKind.Null, after.RootElement.GetProperty("nextReport").ValueKind);
    }

    [Fact]
    public void Ics_export_writes_a_calendar_with_every_monthly_due_date()
    {
        using var dir = new TempDirectory();
        var run = HuxiaoProcess.Run(dir.Path, "calendar", "--as-of", "2017-06-15", "--ics", "campaign.ics");
        Assert.Equal(0, run.ExitCode);
        var ics = File.ReadAllText(dir.File("campaign.ics"));
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20170501", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20180201", ics);
        Assert.Equal(10, ics.Split("zhengzhou-2017.report.").Length - 1);
    }

    [Fact]
    public void A_bad_date_exits_2()
    {
        using var dir = new TempDirectory();
        var run = HuxiaoProcess.Run(dir.Path, "calendar", "--as-of", "2017-02-30");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error);
    }
}
