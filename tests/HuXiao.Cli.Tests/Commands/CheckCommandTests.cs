using System.Text.Json;

namespace HuXiao.Cli.Tests.Commands;

public class CheckCommandTests
{
    // 100 campuses, 80 urban and 20 rural; 90 meet the standard: the urban rate lies in [70/80, 80/80] = [87.5%, 100%].
    private const string Report = """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-11","total":{"A01":100,"A02":80,"A03":20,"A05":100,"A07":100,"A08":100,"A10":100,"A11":10,"A12":10,"A13":5,"A14":5,"A16":100,"A18":90,"A19":97}}""";

    private static JsonElement Finding(JsonDocument doc, string rule)
        => doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);

    [Fact]
    public void After_the_alarm_deadline_a_short_count_is_not_met_and_exits_1_with_the_contract_json()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("r.json"), Report);
        var run = HuxiaoProcess.Run(dir.Path, "check", "r.json", "--as-of", "2017-11-05", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(["asOf", "unit", "period", "findings"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2017-11-05", doc.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("410102", doc.RootElement.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("2017-11", doc.RootElement.GetProperty("period").GetString());

        var alarm = Finding(doc, "one-touch-alarm");
        Assert.Equal(["rule", "status", "due", "indicators", "message", "source"], alarm.EnumerateObject().Select(p => p.Name));
        Assert.Equal("not-met", alarm.GetProperty("status").GetString());
        Assert.Equal("2017-10-31", alarm.GetProperty("due").GetString());
        Assert.Equal("二(一)4", alarm.GetProperty("source").GetString());
        Assert.Contains("A19", alarm.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()));

        var rate = Finding(doc, "urban-tech-defence-rate");
        Assert.Equal("met", rate.GetProperty("status").GetString());
        Assert.Equal(0.875, rate.GetProperty("lower").GetDouble(), 6);
        Assert.Equal(1.0, rate.GetProperty("upper").GetDouble(), 6);
        Assert.Equal("met", Finding(doc, "closed-management").GetProperty("status").GetString());
    }

    [Fact]
    public void Before_the_deadlines_nothing_is_not_met_and_the_exit_code_is_0()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("r.json"), Report);
        var run = HuxiaoProcess.Run(dir.Path, "check", "r.json", "--as-of", "2017-10-31", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("not-due", Finding(doc, "one-touch-alarm").GetProperty("status").GetString());
        Assert.Equal("not-due", Finding(doc, "urban-tech-defence-rate").GetProperty("status").GetString());
        Assert.True(Finding(doc, "urban-tech-defence-rate").TryGetProperty("lower", out _));
    }

    [Fact]
    public void A_missing_as_of_or_file_exits_2()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("r.json"), Report);
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "check", "r.json").ExitCode);
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "check", "none.json", "--as-of", "2017-11-05").ExitCode);
    }
}
