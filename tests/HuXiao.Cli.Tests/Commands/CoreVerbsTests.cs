using System.Text.Json;

namespace HuXiao.Cli.Tests.Commands;

/// <summary>The verbs over the reporting core, run as a process: exit codes and JSON shapes.</summary>
public class CoreVerbsTests
{
    private const string Header = "\"schema\":\"zhengzhou-2017\",\"unit\":{\"code\":\"410102\",\"name\":\"中原区\"},\"period\":\"2017-05\"";

    [Fact]
    public void Schema_json_lists_the_46_indicators_in_form_order_with_the_contract_fields()
    {
        using var dir = new TempDirectory();
        var run = HuxiaoProcess.Run(dir.Path, "schema", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("zhengzhou-2017", doc.RootElement.GetProperty("schema").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("version").GetInt32());
        var indicators = doc.RootElement.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(46, indicators.Length);
        Assert.Equal("A01", indicators[0].GetProperty("code").GetString());
        Assert.Equal("C08", indicators[^1].GetProperty("code").GetString());
        var a18 = indicators[17];
        Assert.Equal(["code", "label", "name", "unit", "kind", "group", "table"], a18.EnumerateObject().Select(p => p.Name));
        Assert.Equal("国家标准已达标的校园数", a18.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, a18.GetProperty("group").ValueKind);
        Assert.Equal("stock", a18.GetProperty("kind").GetString());
        Assert.Equal("flow", indicators[19].GetProperty("kind").GetString());
        Assert.Equal("人防建设", indicators[3].GetProperty("group").GetString());
    }

    [Fact]
    public void Validate_exits_0_on_warnings_only_and_1_on_an_error_with_json_paths()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("ok.json"), "{" + Header + ""","total":{"A01":10,"A02":6,"A03":4}}""");
        File.WriteAllText(dir.File("bad.json"), "{" + Header + ""","total":{"A01":10,"A02":6,"A03":5}}""");

        var ok = HuxiaoProcess.Run(dir.Path, "validate", "ok.json", "--format", "json");
        Assert.Equal(0, ok.ExitCode);

        var bad = HuxiaoProcess.Run(dir.Path, "validate", "ok.json", "bad.json", "--format", "json");
        Assert.Equal(1, bad.ExitCode);
        using var doc = JsonDocument.Parse(bad.Out);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(["ok.json", "bad.json"], files.Select(f => f.GetProperty("file").GetString()));
        var error = files[1].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(["rule", "severity", "row", "indicators", "message", "location"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal("urban-plus-rural", error.GetProperty("rule").GetString());
        Assert.Equal("total", error.GetProperty("row").GetString());
        Assert.Equal(["A01", "A02", "A03"], error.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("$.total.A01", error.GetProperty("location").GetString());
    }

    [Fact]
    public void A_bad_value_inside_a_readable_form_is_a_finding_exit_1()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("text.json"), "{" + Header + ""","total":{"A05":"十二","ZZ9":1}}""");
        var run = HuxiaoProcess.Run(dir.Path, "validate", "text.json", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var locations = doc.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("location").GetString());
        Assert.Equal(["$.total.A05", "$.total.ZZ9"], locations);
    }

    [Fact]
    public void Validate_with_previous_checks_the_total_chain()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("apr.json"), """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-04","total":{"B01":5}}""");
        File.WriteAllText(dir.File("may.json"), "{" + Header + ""","new":{"B01":3},"total":{"B01":9}}""");
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, "validate", "may.json").ExitCode);
        var chained = HuxiaoProcess.Run(dir.Path, "validate", "may.json", "--previous", "apr.json", "--format", "json");
        Assert.Equal(1, chained.ExitCode);
        Assert.Contains("\"rule\": \"total-chain\"", chained.Out);
    }

    [Theory]
    [InlineData("missing.json")]
    [InlineData("legacy.xls")]
    [InlineData("broken.json")]
    public void Unusable_input_exits_2_with_one_line_and_no_stack_trace(string file)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("broken.json"), "{\"schema\": ");
        File.WriteAllBytes(dir.File("legacy.xls"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        var run = HuxiaoProcess.Run(dir.Path, "validate", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains(file, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Unknown_verb_or_option_exits_2()
    {
        using var dir = new TempDirectory();
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, "frobnicate").ExitCode);
        var run = HuxiaoProcess.Run(dir.Path, "schema", "--fromat", "json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--fromat", run.Error);
    }

    [Fact]
    public void Aggregate_writes_the_rollup_in_the_interchange_format_and_lists_missing_units()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.json"), """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","total":{"A01":10,"A02":6,"A03":4}}""");
        File.WriteAllText(dir.File("b.json"), """{"schema":"zhengzhou-2017","unit":{"code":"410103","name":"二七区"},"period":"2017-05","total":{"A01":5,"A02":5,"A03":0}}""");
        var run = HuxiaoProcess.Run(dir.Path, "aggregate", "a.json", "b.json", "--unit-code", "410100", "--unit-name", "郑州市", "--period", "2017-05", "--expect", "410102,410103,410104", "-o", "city.json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("410104", run.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.File("city.json")));
        Assert.Equal("410100", doc.RootElement.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal(15, doc.RootElement.GetProperty("total").GetProperty("A01").GetInt64());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("total").GetProperty("B01").ValueKind);
    }

    [Fact]
    public void Aggregate_exits_2_on_mixed_periods_or_duplicate_revisions_and_1_when_strict_meets_an_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.json"), """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","total":{"A01":10,"A02":6,"A03":5}}""");
        File.WriteAllText(dir.File("a2.json"), """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","total":{"A01":11}}""");
        File.WriteAllText(dir.File("june.json"), """{"schema":"zhengzhou-2017","unit":{"code":"410103","name":"二七区"},"period":"2017-06"}""");
        string[] common = ["--unit-code", "410100", "--unit-name", "郑州市", "--period", "2017-05", "-o", "city.json"];
        Assert.Equal(2, HuxiaoProcess.Run(dir.Path, ["aggregate", "a.json", "june.json", .. common]).ExitCode);
        var dup = HuxiaoProcess.Run(dir.Path, ["aggregate", "a.json", "a2.json", .. common]);
        Assert.Equal(2, dup.ExitCode);
        Assert.Contains("HX0103", dup.Error);
        Assert.Equal(1, HuxiaoProcess.Run(dir.Path, ["aggregate", "a.json", "--strict", .. common]).ExitCode);
        Assert.False(File.Exists(dir.File("city.json")));
        Assert.Equal(0, HuxiaoProcess.Run(dir.Path, ["aggregate", "a.json", .. common]).ExitCode);
    }

    [Fact]
    public void Aggregate_never_overwrites_an_input()
    {
        using var dir = new TempDirectory();
        var original = """{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原区"},"period":"2017-05","total":{"A01":10}}""";
        File.WriteAllText(dir.File("a.json"), original);
        var run = HuxiaoProcess.Run(dir.Path, "aggregate", "a.json", "--unit-code", "410100", "--unit-name", "郑州市", "--period", "2017-05", "-o", "a.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(original, File.ReadAllText(dir.File("a.json")));
    }
}
