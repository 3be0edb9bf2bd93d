using System.Text.Json;

namespace HuXiao.Cli.Tests.Commands;

/// <summary>The verbs that write and read the official workbook, run as a process.</summary>
public class ExcelVerbsTests
{
    private const string Form = """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","new":{"A01":2},"total":{"A01":120,"A02":80,"A03":40},"filing":{"revision":2}}""";

    [Fact]
    public void Template_then_convert_round_trips_a_form_between_json_and_xlsx()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("in.json"), Form);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "in.json", "form.xlsx").ExitCode);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "form.xlsx", "back.json").ExitCode);
        using var back = JsonDocument.Parse(File.ReadAllText(dir.File("back.json")));
        Assert.Equal(120, back.RootElement.GetProperty("total").GetProperty("A01").GetInt64());
        Assert.Equal(2, back.RootElement.GetProperty("new").GetProperty("A01").GetInt64());
        Assert.Equal(JsonValueKind.Null, back.RootElement.GetProperty("new").GetProperty("A02").ValueKind);
        Assert.Equal(2, back.RootElement.GetProperty("filing").GetProperty("revision").GetInt32());
    }

    [Fact]
    public void A_blank_template_without_unit_is_refused_by_validate_with_exit_2_and_with_unit_validates()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "template", "-o", "blank.xlsx").ExitCode);
        var blank = HuxiaoProcess.Run(dir.Path, "validate", "blank.xlsx");
        Assert.Equal(2, blank.ExitCode);
        Assert.Contains("blank.xlsx", blank.Error);

        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "template", "-o", "unit.xlsx", "--unit-code", "410102", "--unit-name", "中原区", "--period", "2017-05").ExitCode);
        var run = HuxiaoProcess.Run(dir.Path, "validate", "unit.xlsx", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var blankCell = doc.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "blank-cell");
        Assert.Equal("warning", blankCell.GetProperty("severity").GetString());
    }

    [Fact]
    public void Validate_locates_workbook_findings_as_sheet_and_cell()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json"), Form.Replace("\"A03\":40", "\"A03\":41", StringComparison.Ordinal));
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "bad.json", "bad.xlsx").ExitCode);
        var run = HuxiaoProcess.Run(dir.Path, "validate", "bad.xlsx", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var error = doc.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        Assert.Matches("^.+![A-Z]+[0-9]+$", error.GetProperty("location").GetString()!);
    }

    [Fact]
    public void Aggregate_writes_the_rollup_workbook_which_reads_back_as_the_citys_form()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.json"), Form);
        File.WriteAllText(dir.File("b.json"), Form.Replace("410102", "410103", StringComparison.Ordinal).Replace("中原区", "二七区", StringComparison.Ordinal));
        var run = HuxiaoProcess.Run(dir.Path, "aggregate", "a.json", "b.json", "--unit-code", "410100", "--unit-name", "郑州市", "--period", "2017-05", "--expect", "410102,410103,410104", "-o", "city.xlsx");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("410104", run.Error);
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "convert", "city.xlsx", "city.json").ExitCode);
        using var city = JsonDocument.Parse(File.ReadAllText(dir.File("city.json")));
        Assert.Equal(240, city.RootElement.GetProperty("total").GetProperty("A01").GetInt64());
        Assert.Equal("410100", city.RootElement.GetProperty("unit").GetProperty("code").GetString());
    }

    [Fact]
    public void A_damaged_workbook_exits_2_naming_the_file()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("damaged.xlsx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var run = HuxiaoProcess.Run(dir.Path, "validate", "damaged.xlsx");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("damaged.xlsx", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
