using System.Text.Json;
using ClosedXML.Excel;

namespace HuXiao.Cli.Tests.Commands;

/// <summary>
/// Campaigns written only as definition documents (Campaigns/*.campaign.json), run through every verb with
/// <c>--campaign</c>: another year's plan on the Zhengzhou form, and a campaign with a small form of its own.
/// </summary>
public class OtherCampaignsTests
{
    private static readonly string County = Path.Combine(AppContext.BaseDirectory, "Campaigns", "county-2019.campaign.json");
    private static readonly string Zhengzhou2018 = Path.Combine(AppContext.BaseDirectory, "Campaigns", "zhengzhou-2018.campaign.json");

    // The small form's labels, as its definition prints them.
    private static readonly string[] s_countyLabels = ["学校总数", "配备保安员学校数", "安装一键式报警学校数", "开展应急演练次数", "排查隐患数"];

    private static string CountyForm(string code, string name, string period, int schools, int guards, int alarms, int drills, int hazards)
        => $$$"""{"schema":"county-2019","unit":{"code":"{{{code}}}","name":"{{{name}}}"},"period":"{{{period}}}","new":{"S04":{{{drills}}},"S05":{{{hazards}}}},"total":{"S01":{{{schools}}},"S02":{{{guards}}},"S03":{{{alarms}}},"S04":{{{drills}}},"S05":{{{hazards}}}}}""";
    private static JsonElement Finding(JsonDocument doc, string rule)
        => doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);

    [Fact]
    public void The_small_campaigns_schema_and_template_are_its_own_form()
    {
        using var dir = new TempDirectory();
        var schema = HuxiaoProcess.Run(dir.Path, "schema", "--campaign", County, "--format", "json");
        Assert.Equal(0, schema.ExitCode);
        using var doc = JsonDocument.Parse(schema.Out);
        Assert.Equal("county-2019", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal(s_countyLabels, doc.RootElement.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("label").GetString()));

        var template = HuxiaoProcess.Run(dir.Path, "template", "--campaign", County, "-o", "t.xlsx", "--unit-code", "330102", "--unit-name", "甲分局", "--period", "2019-05");
        Assert.Equal(0, template.ExitCode);
        using var workbook = new XLWorkbook(dir.File("t.xlsx"));
        var texts = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToHashSet();
        Assert.All(s_countyLabels, label => Assert.Contains(label, texts));
        Assert.Contains("学校安全防范工作月报表", texts);
        Assert.DoesNotContain("全部校园数", texts);
    }

    [Fact]
    public void A_clerk_fills_the_small_campaigns_template_and_it_reads_back_as_filled()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "template", "--campaign", County, "-o", "blank.xlsx", "--unit-code", "330103", "--unit-name", "乙分局", "--period", "2019-05").ExitCode);

        // Fill it as a clerk does: under each printed label, on the rows the form prints as 新增 and 合计.
        long[] added = [0, 0, 0, 3, 7];
        long[] total = [25, 25, 12, 3, 7];
        using (var workbook = new XLWorkbook(dir.File("blank.xlsx")))
        {
            var sheet = workbook.Worksheet(1);
            var newRow = sheet.CellsUsed().First(c => c.GetString().Trim() == "新增").Address.RowNumber;
            var totalRow = sheet.CellsUsed().First(c => c.GetString().Trim() == "合计").Address.RowNumber;
            for (var i = 0; i < s_countyLabels.Length; i++)
            {
                var column = sheet.CellsUsed().First(c => c.GetString() == s_countyLabels[i]).Address.ColumnNumber;
                sheet.Cell(newRow, column).Value = added[i];
                sheet.Cell(totalRow, column).Value = total[i];
            }

            workbook.SaveAs(dir.File("330103.xlsx"));
        }

        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "validate", "330103.xlsx", "--campaign", County).ExitCode);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "330103.xlsx", "330103.json", "--campaign", County).ExitCode);
        using var read = JsonDocument.Parse(File.ReadAllText(dir.File("330103.json")));
        Assert.Equal("330103", read.RootElement.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("2019-05", read.RootElement.GetProperty("period").GetString());
        for (var i = 0; i < s_countyLabels.Length; i++)
        {
            var code = $"S{i + 1:00}";
            Assert.Equal(total[i], read.RootElement.GetProperty("total").GetProperty(code).GetInt64());
            Assert.Equal(added[i], read.RootElement.GetProperty("new").GetProperty(code).GetInt64());
        }
    }

    [Fact]
    public void A_small_campaign_form_goes_to_a_workbook_and_back_and_is_checked_by_its_own_rules()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("330102.json"), CountyForm("330102", "甲分局", "2019-05", 40, 38, 20, 2, 5));
        File.WriteAllText(dir.File("330103.json"), CountyForm("330103", "乙分局", "2019-05", 30, 31, 10, 1, 0));

        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "330102.json", "330102.xlsx", "--campaign", County).ExitCode);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "330102.xlsx", "back.json", "--campaign", County).ExitCode);
        using (var original = JsonDocument.Parse(File.ReadAllText(dir.File("330102.json"))))
        using (var back = JsonDocument.Parse(File.ReadAllText(dir.File("back.json"))))
        {
            foreach (var row in new[] { "new", "total" })
            {
                foreach (var cell in original.RootElement.GetProperty(row).EnumerateObject())
                {
                    Assert.Equal(cell.Value.GetInt64(), back.RootElement.GetProperty(row).GetProperty(cell.Name).GetInt64());
                }
            }

            Assert.Equal("330102", back.RootElement.GetProperty("unit").GetProperty("code").GetString());
        }

        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "validate", "330102.xlsx", "--campaign", County).ExitCode);

        // 乙分局 counts 31 schools with guards of 30 schools: the definition's own atMost rule.
        var bad = HuxiaoProcess.Run(dir.Path, "validate", "330103.json", "--campaign", County, "--format", "json");
        Assert.Equal(1, bad.ExitCode);
        using var findings = JsonDocument.Parse(bad.Out);
        Assert.Contains(
            "school-counts-within-all",
            findings.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()));

        // Without the definition, the form is not one the tool knows.
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "convert", "330102.json", "x.xlsx").ExitCode);
    }

    [Fact]
    public void The_small_campaigns_month_rolls_up_its_units_and_is_judged_by_its_targets_only()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("330102.json"), CountyForm("330102", "甲分局", "2019-06", 40, 40, 20, 2, 5));
        File.WriteAllText(dir.File("330103.json"), CountyForm("330103", "乙分局", "2019-06", 30, 25, 10, 1, 0));

        var aggregate = HuxiaoProcess.Run(dir.Path, "aggregate", "330102.json", "330103.json", "--campaign", County, "--period", "2019-06", "--unit-code", "330100", "--unit-name", "某市公安局", "--as-of", "2019-07-06", "-o", "city.json", "--format", "json");
        Assert.Equal(0, aggregate.ExitCode);
        using (var month = JsonDocument.Parse(aggregate.Out))
        {
            Assert.Equal(["330102 filed", "330103 filed"], month.RootElement.GetProperty("units").EnumerateArray().Select(u => $"{u.GetProperty("code").GetString()} {u.GetProperty("status").GetString()}"));
        }

        using (var city = JsonDocument.Parse(File.ReadAllText(dir.File("city.json"))))
        {
            Assert.Equal("county-2019", city.RootElement.GetProperty("schema").GetString());
            Assert.Equal(40 + 30, city.RootElement.GetProperty("total").GetProperty("S01").GetInt64());
            Assert.Equal(40 + 25, city.RootElement.GetProperty("total").GetProperty("S02").GetInt64());
        }

        // Guards were due 2019-06-30 (a date); alarms at the end of phase 1, 2019-08-31.
        var check = HuxiaoProcess.Run(dir.Path, "check", "330102.json", "330103.json", "--campaign", County, "--period", "2019-06", "--as-of", "2019-07-06", "--format", "json");
        Assert.Equal(1, check.ExitCode);
        using var result = JsonDocument.Parse(check.Out);
        Assert.Equal(
            ["alarm-on-every-school", "guards-on-every-school"],
            result.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("not-met", Finding(result, "guards-on-every-school").GetProperty("status").GetString());
        Assert.Equal("2019-06-30", Finding(result, "guards-on-every-school").GetProperty("due").GetString());
        Assert.Equal("not-due", Finding(result, "alarm-on-every-school").GetProperty("status").GetString());
        Assert.Equal("2019-08-31", Finding(result, "alarm-on-every-school").GetProperty("due").GetString());
    }

    [Fact]
    public void The_small_campaigns_calendar_and_briefing_are_its_own()
    {
        using var dir = new TempDirectory();
        var calendar = HuxiaoProcess.Run(dir.Path, "calendar", "--campaign", County, "--as-of", "2019-06-10", "--format", "json", "--ics", "county.ics");
        Assert.Equal(0, calendar.ExitCode);
        using (var status = JsonDocument.Parse(calendar.Out))
        {
            Assert.Equal("county-2019", status.RootElement.GetProperty("campaign").GetString());
            Assert.Equal("2019-06", status.RootElement.GetProperty("nextReport").GetProperty("period").GetString());
            Assert.Equal("2019-07-05", status.RootElement.GetProperty("nextReport").GetProperty("due").GetString());
            Assert.Equal(
                ["guards-everywhere 2019-06-30", "alarms-everywhere 2019-08-31"],
                status.RootElement.GetProperty("upcoming").EnumerateArray().Select(m => $"{m.GetProperty("id").GetString()} {m.GetProperty("due").GetString()}"));
        }

        var ics = File.ReadAllText(dir.File("county.ics"));
        Assert.Contains("所有学校配备保安员", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("全部校园数", ics, StringComparison.Ordinal);

        File.WriteAllText(dir.File("330102.json"), CountyForm("330102", "甲分局", "2019-06", 40, 40, 20, 2, 5));
        var brief = HuxiaoProcess.Run(dir.Path, "brief", "330102.json", "--campaign", County, "--period", "2019-06", "--as-of", "2019-07-06", "-o", "brief.html");
        Assert.Equal(0, brief.ExitCode);
        var html = File.ReadAllText(dir.File("brief.html"));
        Assert.Contains("2019年某市“护校安园”专项工作", html, StringComparison.Ordinal);
        Assert.Contains("乙分局", html, StringComparison.Ordinal);   // expected, and missing
        Assert.DoesNotContain("中原分局", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_years_plan_on_the_same_form_is_judged_against_its_own_dates_and_rate()
    {
        // The figures CheckCommandTests judges under 2017: 100 campuses, 80 urban, 20 rural, 90 meeting the standard
        // (an urban rate between 87.5% and 100%), 97 alarms.
        const string Report = """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2018-11","total":{"A01":100,"A02":80,"A03":20,"A05":100,"A07":100,"A08":100,"A10":100,"A11":10,"A12":10,"A13":5,"A14":5,"A16":100,"A18":90,"A19":97}}""";
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("r.json"), Report);

        var run = HuxiaoProcess.Run(dir.Path, "check", "r.json", "--campaign", Zhengzhou2018, "--as-of", "2018-11-05", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("2018-10-31", Finding(doc, "one-touch-alarm").GetProperty("due").GetString());
        Assert.Equal("not-met", Finding(doc, "one-touch-alarm").GetProperty("status").GetString());
        Assert.Equal("cannot-tell", Finding(doc, "urban-tech-defence-rate").GetProperty("status").GetString());

        // Its calendar is a year on too: May 2018's report is due on 1 June 2018.
        var calendar = HuxiaoProcess.Run(dir.Path, "calendar", "--campaign", Zhengzhou2018, "--as-of", "2018-05-10", "--format", "json");
        using var status = JsonDocument.Parse(calendar.Out);
        Assert.Equal("zhengzhou-2018", status.RootElement.GetProperty("campaign").GetString());
        Assert.Equal("2018-06-01", status.RootElement.GetProperty("nextReport").GetProperty("due").GetString());
    }
}
