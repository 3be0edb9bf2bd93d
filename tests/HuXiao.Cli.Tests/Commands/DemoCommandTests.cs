using System.Text.Json;

namespace HuXiao.Cli.Tests.Commands;

public class DemoCommandTests
{
    [Fact]
    public void Demo_writes_labelled_synthetic_forms_and_rollups_and_names_the_deliberate_problems()
    {
        var run = DemoRun.Outcome;
        Assert.Equal(0, run.ExitCode);

        // 16 units × 10 months, less the one form that was never filed.
        var forms = Directory.GetFiles(DemoRun.Out("forms"), "*.json");
        Assert.Equal((16 * 10) - 1, forms.Length);
        Assert.All(forms.Take(5), f => Assert.Contains("合成示例数据", File.ReadAllText(f)));
        Assert.Equal(10, Directory.GetFiles(DemoRun.Out("rollups"), "*.json").Length);
        Assert.Contains("合成示例数据", File.ReadAllText(DemoRun.Out("campaign.ics")));

        Assert.Contains("did not file: 410185 登封市公安局", run.Out);   // the police organs' names, as the form prints 填表单位
        Assert.Contains("410122 中牟县公安局 on 2018-02-03", run.Out);
        Assert.Contains("410105 金水分局 (urban-plus-rural", run.Out);
        Assert.Contains("410181 巩义市公安局: one-touch-alarm", run.Out);
        Assert.Contains("410122 中牟县公安局 on 2018-02-03, 2 day(s) late", run.Out);
        using var compliance = JsonDocument.Parse(File.ReadAllText(DemoRun.Out("compliance-2018-01.json")));
        var gongyi = compliance.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetProperty("code").GetString() == "410181");
        Assert.Equal("not-met", gongyi.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "one-touch-alarm").GetProperty("status").GetString());
        Assert.True(File.Exists(DemoRun.Out("forms", "410102-2017-04.xlsx")));
        Assert.True(File.Exists(DemoRun.Out("rollups", "410100-2018-01.xlsx")));

        // The city's January form is the sum of the units' January forms.
        using var city = JsonDocument.Parse(File.ReadAllText(DemoRun.Out("rollups", "410100-2018-01.json")));
        var sum = forms.Where(f => f.EndsWith("-2018-01.json", StringComparison.Ordinal))
            .Sum(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("total").GetProperty("A01").GetInt64());
        Assert.Equal(sum, city.RootElement.GetProperty("total").GetProperty("A01").GetInt64());
    }
}
