using System.Xml.Linq;

namespace HuXiao.Cli.Tests.Commands;

public class BriefCommandTests
{
    private static string Form(string code, string name, string period, int campuses, int alarms, string filedOn)
        => $$$"""{"schema":"zhengzhou-2017","unit":{"code":"{{{code}}}","name":"{{{name}}}"},"period":"{{{period}}}","total":{"A01":{{{campuses}}},"A02":{{{campuses}}},"A03":0,"A05":{{{campuses}}},"A07":{{{campuses}}},"A08":{{{campuses}}},"A10":{{{campuses}}},"A11":0,"A12":0,"A13":0,"A14":0,"A16":{{{campuses}}},"A18":{{{campuses}}},"A19":{{{alarms}}}},"filing":{"filedOn":"{{{filedOn}}}","revision":1}}""";

    /// <summary>November: 中原区 (on time) and 二七区 (late); October also 管城回族区, which does not file November.</summary>
    private static TempDirectory Forms()
    {
        var dir = new TempDirectory();
        File.WriteAllText(dir.File("410102-2017-11.json"), Form("410102", "中原区", "2017-11", 100, 97, "2017-11-30"));
        File.WriteAllText(dir.File("410103-2017-11.json"), Form("410103", "二七区", "2017-11", 50, 50, "2017-12-04"));
        Directory.CreateDirectory(dir.File("history"));
        File.WriteAllText(dir.File("history/410102-2017-10.json"), Form("410102", "中原区", "2017-10", 100, 90, "2017-11-01"));
        File.WriteAllText(dir.File("history/410103-2017-10.json"), Form("410103", "二七区", "2017-10", 50, 40, "2017-11-01"));
        File.WriteAllText(dir.File("history/410104-2017-10.json"), Form("410104", "管城回族区", "2017-10", 40, 20, "2017-11-01"));
        return dir;
    }

    private static XDocument Page(string path)
    {
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        return XDocument.Parse(html["<!DOCTYPE html>".Length..]);
    }

    [Fact]
    public void Writes_the_briefing_and_exits_0()
    {
        using var dir = Forms();
        var run = HuxiaoProcess.Run(dir.Path, "brief", "410102-2017-11.json", "410103-2017-11.json", "--period", "2017-11", "--as-of", "2017-12-05", "--history", "history", "--expect", "410102,410103,410104", "-o", "out/brief.html");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 expected: 1 filed, 1 late, 0 filed with errors, 0 refused, 1 missing; 1 target(s) not met", run.Out);

        var doc = Page(dir.File("out/brief.html"));
        Assert.Contains("郑州市", doc.Descendants("h1").Single().Value, StringComparison.Ordinal);
        var rows = doc.Descendants("table").Single(t => (string?)t.Attribute("class") == "units").Element("tbody")!.Elements("tr").ToArray();
        Assert.Equal(["410104", "410102", "410103"], rows.Select(r => (string?)r.Attribute("data-unit")));
        Assert.Contains("未报送", rows[0].Value, StringComparison.Ordinal);
        Assert.Contains("逾期3天", rows[2].Value, StringComparison.Ordinal);

        // A19/A01 = 147/150 = 98.0%, and the alarm chart has the city's October and November.
        var alarm = doc.Descendants("tr").Single(r => (string?)r.Attribute("data-rule") == "one-touch-alarm");
        Assert.Contains("98.0%", alarm.Value, StringComparison.Ordinal);
        var chart = doc.Descendants("svg").Single(s => (string?)s.Attribute("data-rule") == "one-touch-alarm");
        Assert.Equal(2, chart.Elements("circle").Count(c => (string?)c.Attribute("class") == "pt city"));
    }

    [Fact]
    public void A_city_of_ones_own_heads_the_page()
    {
        using var dir = Forms();
        var run = HuxiaoProcess.Run(dir.Path, "brief", "410102-2017-11.json", "--period", "2017-11", "--as-of", "2017-12-05", "--unit-code", "410199", "--unit-name", "某市", "-o", "b.html");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("某市", Page(dir.File("b.html")).Descendants("h1").Single().Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2017-12-05", "-o", "b.html")] // no --period
    [InlineData("--period", "2017-13", "--as-of", "2017-12-05", "-o", "b.html")]
    [InlineData("--period", "2019-01", "--as-of", "2019-02-05", "-o", "b.html")] // not a month of the campaign
    [InlineData("--period", "2017-11", "-o", "b.html")] // no --as-of
    [InlineData("--period", "2017-11", "--as-of", "2017-12-05")] // no -o
    [InlineData("--period", "2017-11", "--as-of", "2017-12-05", "--history", "nowhere", "-o", "b.html")]
    [InlineData("--period", "2017-11", "--as-of", "2017-12-05", "--unit-code", "410199", "-o", "b.html")] // a code without a name
    [InlineData("--period", "2017-10", "--as-of", "2017-12-05", "-o", "b.html")] // the form is of November
    [InlineData("--period", "2017-11", "--as-of", "2017-12-05", "--colour", "red", "-o", "b.html")]
    public void Bad_options_exit_2_and_write_nothing(params string[] options)
    {
        using var dir = Forms();
        var run = HuxiaoProcess.Run(dir.Path, ["brief", "410102-2017-11.json", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(dir.File("b.html")));
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void Missing_forms_exit_2()
    {
        using var dir = Forms();
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "brief", "--period", "2017-11", "--as-of", "2017-12-05", "-o", "b.html").ExitCode);
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "brief", "none.json", "--period", "2017-11", "--as-of", "2017-12-05", "-o", "b.html").ExitCode);
        Assert.False(File.Exists(dir.File("b.html")));
    }

    [Fact]
    public void One_bad_file_never_stops_the_briefing()
    {
        using var dir = Forms();
        File.WriteAllText(dir.File("broken.json"), "{ not json");
        var run = HuxiaoProcess.Run(dir.Path, "brief", "410102-2017-11.json", "broken.json", "--period", "2017-11", "--as-of", "2017-12-05", "-o", "b.html");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("broken.json", run.Error);
        var doc = Page(dir.File("b.html"));
        Assert.Contains("另有1份报表无法确定报送单位（broken.json）", doc.Root!.Value, StringComparison.Ordinal);

        // With the built-in list, the city's other fifteen organs are missing: the city's verdicts cannot be stated.
        var rows = doc.Descendants("table").Single(t => (string?)t.Attribute("class") == "units").Element("tbody")!.Elements("tr").ToArray();
        Assert.Equal(16, rows.Length);
        Assert.Equal(15, rows.Count(r => (string?)r.Attribute("data-status") == "missing"));
        var closed = doc.Descendants("tr").Single(r => (string?)r.Attribute("data-rule") == "closed-management");
        Assert.Contains("无法判定", closed.Value, StringComparison.Ordinal);
        Assert.Contains("仅1/16个单位", closed.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_writes_the_briefing_for_its_last_month()
    {
        var run = DemoRun.Outcome;
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("briefing: brief-2018-01.html", run.Out);

        var doc = Page(DemoRun.Out("brief-2018-01.html"));
        Assert.Contains("合成示例数据", doc.Root!.Value, StringComparison.Ordinal);
        var rows = doc.Descendants("table").Single(t => (string?)t.Attribute("class") == "units").Element("tbody")!.Elements("tr").ToArray();
        Assert.Equal(16, rows.Length);
        Assert.Equal("410185", (string?)rows[0].Attribute("data-unit")); // 登封市 did not file January
        Assert.Equal("410181", (string?)rows[1].Attribute("data-unit")); // 巩义市 is behind on one-touch alarms
        Assert.Contains("逾期2天", rows.Single(r => (string?)r.Attribute("data-unit") == "410122").Value, StringComparison.Ordinal);

        // Ten sample months, each with data: ten city points on every trend chart.
        var charts = doc.Descendants("svg").Where(s => ((string?)s.Attribute("class"))?.Contains("trend", StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(8, charts.Length);
        Assert.All(charts, c => Assert.Equal(10, c.Elements("circle").Count(e => (string?)e.Attribute("class") == "pt city")));
    }
}
