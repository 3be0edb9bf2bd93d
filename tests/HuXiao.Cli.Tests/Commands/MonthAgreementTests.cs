using System.Text.Json;
using System.Xml.Linq;
using ClosedXML.Excel;

namespace HuXiao.Cli.Tests.Commands;

/// <summary>
/// The month read three ways — <c>aggregate --format json</c>, the roll-up workbook and the briefing — gives every unit
/// the same status, because all three take it from the one model of the month.
/// </summary>
public class MonthAgreementTests
{
    private static string Form(string code, string name, string period, string filedOn, string a05 = "100", int a02 = 60)
        => $$$"""{"schema":"zhengzhou-2017","unit":{"code":"{{{code}}}","name":"{{{name}}}"},"period":"{{{period}}}","total":{"A01":100,"A02":{{{a02}}},"A03":40,"A04":150,"A05":{{{a05}}},"A06":100,"A07":100,"A08":100,"A09":300,"A10":100,"A11":10,"A12":10,"A13":5,"A14":5,"A15":800,"A16":100,"A17":100,"A18":100,"A19":100},"filing":{"filedOn":"{{{filedOn}}}","revision":1}}""";

    private static Dictionary<string, string> FromAggregateJson(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("status").GetString()!);
    }

    private static Dictionary<string, string> FromWorkbook(string path)
    {
        using var wb = new XLWorkbook(path);
        var sheet = wb.Worksheet("汇总");
        var statuses = new Dictionary<string, string>();
        for (var row = 4; sheet.Cell(row, 1).GetString() != "合计"; row++)
        {
            // 状态: the Chinese label, then the wire name, then any detail in brackets.
            statuses[sheet.Cell(row, 1).GetString()] = sheet.Cell(row, 3).GetString().Split(' ', '（')[1];
        }

        return statuses;
    }

    private static Dictionary<string, string> FromBriefing(string path)
    {
        var html = File.ReadAllText(path);
        var doc = XDocument.Parse(html["<!DOCTYPE html>".Length..]);
        return doc.Descendants("table").Single(t => (string?)t.Attribute("class") == "units").Element("tbody")!.Elements("tr")
            .ToDictionary(r => (string)r.Attribute("data-unit")!, r => (string)r.Attribute("data-status")!);
    }

    [Fact]
    public void A_month_with_a_file_of_every_status_reads_the_same_everywhere()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("410102.json"), Form("410102", "中原分局", "2017-11", "2017-11-30"));
        File.WriteAllText(dir.File("410103.json"), Form("410103", "二七分局", "2017-11", "2017-12-04"));
        File.WriteAllText(dir.File("410104.json"), Form("410104", "管城分局", "2017-11", "2017-11-30", a05: "\"12所\""));
        File.WriteAllText(dir.File("410106.json"), Form("410106", "上街公安分局", "2017-11", "2017-11-29", a02: 70));   // 70 + 40 ≠ 100
        File.WriteAllText(dir.File("410199.json"), Form("410199", "某分局", "2017-11", "2017-11-30"));
        string[] files = ["410102.json", "410103.json", "410104.json", "410106.json", "410199.json"];
        string[] month = ["--period", "2017-11", "--as-of", "2017-12-05", "--expect", "410102,410103,410104,410105,410106"];

        var aggregate = HuxiaoProcess.Run(dir.Path, ["aggregate", .. files, .. month, "--unit-code", "410100", "--unit-name", "郑州市", "--format", "json", "-o", "city.xlsx"]);
        Assert.Equal(0, aggregate.ExitCode);
        var brief = HuxiaoProcess.Run(dir.Path, ["brief", .. files, .. month, "-o", "brief.html"]);
        Assert.Equal(0, brief.ExitCode);

        var expected = new Dictionary<string, string>
        {
            ["410102"] = "filed",
            ["410103"] = "late",
            ["410104"] = "refused",
            ["410105"] = "missing",
            ["410106"] = "filed-with-errors",
            ["410199"] = "unexpected",
        };
        Assert.Equal(expected, FromAggregateJson(aggregate.Out));
        Assert.Equal(expected, FromWorkbook(dir.File("city.xlsx")));
        Assert.Equal(expected, FromBriefing(dir.File("brief.html")));

        // The JSON contract: a unit's file, days late and errors; the units combined and those left out of the total.
        using var json = JsonDocument.Parse(aggregate.Out);
        var root = json.RootElement;
        Assert.Equal(["unit", "period", "units", "combined", "missing"], root.EnumerateObject().Select(p => p.Name).Take(5));
        Assert.Equal("410100", root.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("2017-11", root.GetProperty("period").GetString());
        var units = root.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!);
        Assert.Equal(["code", "name", "status", "file", "daysLate", "errors"], units["410102"].EnumerateObject().Select(p => p.Name).Take(6));
        Assert.Equal(3, units["410103"].GetProperty("daysLate").GetInt32());
        Assert.Equal(0, units["410102"].GetProperty("daysLate").GetInt32());
        Assert.Equal("410104.json", units["410104"].GetProperty("file").GetString());
        Assert.Equal(1, units["410104"].GetProperty("errors").GetInt32());
        Assert.Equal(JsonValueKind.Null, units["410105"].GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Null, units["410105"].GetProperty("daysLate").ValueKind);
        Assert.Equal(1, units["410106"].GetProperty("errors").GetInt32());
        Assert.Equal(["410102", "410103", "410106"], root.GetProperty("combined").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["410104", "410105"], root.GetProperty("missing").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("报送有误 refused: 410104", aggregate.Error);
        Assert.Contains("未报 missing: 410105", aggregate.Error);
        Assert.Contains("非应报单位 unexpected: 410199", aggregate.Error);

        // check over the same month: every city finding says what the total lacks; met becomes cannot-tell.
        var check = HuxiaoProcess.Run(dir.Path, ["check", .. files, .. month, "--format", "json"]);
        Assert.Equal(0, check.ExitCode);
        using var findings = JsonDocument.Parse(check.Out);
        var closed = findings.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "closed-management");
        Assert.Equal("cannot-tell", closed.GetProperty("status").GetString());
        var coverage = closed.GetProperty("coverage");
        Assert.Equal(3, coverage.GetProperty("reported").GetInt32());
        Assert.Equal(5, coverage.GetProperty("expected").GetInt32());
        Assert.Equal(["410104", "410105"], coverage.GetProperty("missing").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void The_demo_month_reads_the_same_in_the_workbook_the_briefing_and_aggregate()
    {
        Assert.Equal(0, DemoRun.Outcome.ExitCode);
        var forms = Directory.GetFiles(DemoRun.Out("forms"), "*-2018-01.json").Select(f => Path.GetRelativePath(DemoRun.Folder, f)).Order(StringComparer.Ordinal).ToArray();
        var aggregate = HuxiaoProcess.Run(DemoRun.Folder, ["aggregate", .. forms, "--unit-code", "410100", "--unit-name", "郑州市", "--period", "2018-01", "--as-of", "2018-02-05", "--format", "json"]);
        Assert.Equal(0, aggregate.ExitCode);

        var fromAggregate = FromAggregateJson(aggregate.Out);
        Assert.Equal(16, fromAggregate.Count);
        Assert.Equal("missing", fromAggregate["410185"]);
        Assert.Equal("late", fromAggregate["410122"]);
        Assert.Equal("filed-with-errors", fromAggregate["410105"]);
        Assert.Equal(13, fromAggregate.Values.Count(s => s == "filed"));
        Assert.Equal(fromAggregate, FromWorkbook(DemoRun.Out("rollups", "410100-2018-01.xlsx")));
        Assert.Equal(fromAggregate, FromBriefing(DemoRun.Out("brief-2018-01.html")));
    }
}
