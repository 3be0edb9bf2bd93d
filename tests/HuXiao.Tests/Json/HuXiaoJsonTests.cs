using System.Text.Json;
using System.Text.Json.Nodes;
using HuXiao.Calendar;
using HuXiao.Excel;
using HuXiao.Months;
using HuXiao.Reporting;
using HuXiao.Reporting.Json;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Tests.Json;

public sealed class HuXiaoJsonTests
{
    private static readonly YearMonth May = new(2017, 5);
    private static readonly OrganisationUnit City = new("410100", "郑州市");
    private static readonly OrganisationUnit Zhongyuan = new("410102", "中原分局");
    private static readonly OrganisationUnit Erqi = new("410103", "二七分局");
    private static readonly OrganisationUnit Jinshui = new("410105", "金水分局");
    private static readonly OrganisationUnit Shangjie = new("410106", "上街公安分局");

    private static MonthlyReport Form(OrganisationUnit unit, LocalDate filedOn, long urban = 60)
        => MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, unit, May)
            .SetTotal("A01", 100).SetTotal("A02", urban).SetTotal("A03", 40).SetNew("A01", 2)
            .WithFiling(new ReportFiling { FiledOn = filedOn, Revision = 2 })
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 12), "某中学门口", "盗窃电动车案，已破获"))
            .Build();

    private static InputProblem BadCell => new("HX0415", "校园安全工作进展报表!B8", "B8 为“12所”，应为整数。", "B8 is '12所'; a whole number was expected.", "A01");

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, HuXiaoJson.Options), HuXiaoJson.Options)!;

    [Fact]
    public void A_report_is_written_as_the_interchange_format_and_reads_back_equal()
    {
        var report = Form(Zhongyuan, new LocalDate(2017, 6, 1));
        var json = JsonSerializer.Serialize(report, HuXiaoJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(new ReportJsonSerializer().Serialize(report)), JsonNode.Parse(json)));
        Assert.Equal(report, RoundTrip(report));
    }

    [Fact]
    public void A_report_that_breaks_the_interchange_format_is_a_JsonException_naming_the_problem()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MonthlyReport>("""{"schema":"zhengzhou-2017","unit":{"code":"410102","name":"中原"},"period":"2017-5"}""", HuXiaoJson.Options));
        Assert.Contains("$.period", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_read_keeps_every_problem_its_unit_and_its_month()
    {
        var second = new InputProblem("HX0413", null, "找不到表格。", "No table found.");
        var refused = ReadResult<MonthlyReport>.Failure([BadCell, second], Jinshui, May, refused: true);
        var json = JsonNode.Parse(JsonSerializer.Serialize(refused, HuXiaoJson.Options))!;
        Assert.False(json["succeeded"]!.GetValue<bool>());
        Assert.Equal("2017-05", json["period"]!.GetValue<string>());
        Assert.Equal("校园安全工作进展报表!B8", json["problems"]![0]!["location"]!.GetValue<string>());
        Assert.Equal("A01", json["problems"]![0]!["indicator"]!.GetValue<string>());
        Assert.Null(json["report"]);

        var back = RoundTrip(refused);
        Assert.Equal(refused.Problems, back.Problems);
        Assert.Equal(Jinshui, back.Unit);
        Assert.Equal(May, back.Period);
        Assert.True(back.IsRefused);
    }

    [Fact]
    public void A_successful_read_carries_the_report()
    {
        var report = Form(Erqi, new LocalDate(2017, 5, 30));
        var back = RoundTrip(ReadResult<MonthlyReport>.Success(report));
        Assert.Equal(report, back.Value);
        Assert.False(back.IsRefused);
        Assert.Empty(back.Problems);
    }

    [Fact]
    public void An_Excel_read_is_written_in_the_shape_of_a_read_result_with_its_refusal()
    {
        using var template = new MemoryStream();
        new ExcelFormWriter().WriteTemplate(template);
        var read = new ExcelFormReader().Read(template.ToArray());
        Assert.NotEmpty(read.Problems);

        var json = JsonSerializer.Serialize(read, HuXiaoJson.Options);
        Assert.Equal(read.IsRefused, JsonNode.Parse(json)!["refused"]!.GetValue<bool>());
        var back = JsonSerializer.Deserialize<ReadResult<MonthlyReport>>(json, HuXiaoJson.Options)!;
        Assert.Equal(read.Problems, back.Problems);
        Assert.Equal(read.IsRefused, back.IsRefused);
    }

    [Fact]
    public void Consistency_findings_read_back_with_every_field()
    {
        var report = Form(Zhongyuan, new LocalDate(2017, 6, 1), urban: 70);   // 70 + 40 ≠ 100
        var findings = RuleSet.For(ReportSchema.Zhengzhou2017).Validate(report).Findings;
        Assert.Contains(findings, f => f.Severity == FindingSeverity.Error && f.Values.Contains(70));
        foreach (var finding in findings)
        {
            var back = RoundTrip(finding);
            Assert.Equal(
                (finding.RuleCode, finding.Severity, finding.Row, finding.Message, finding.EnglishMessage, finding.Location, finding.IsNotChecked, finding.UnitCode, finding.Period),
                (back.RuleCode, back.Severity, back.Row, back.Message, back.EnglishMessage, back.Location, back.IsNotChecked, back.UnitCode, back.Period));
            Assert.Equal(finding.Indicators, back.Indicators);
            Assert.Equal(finding.Values, back.Values);
        }
    }

    [Fact]
    public void The_month_carries_every_units_status_by_its_wire_name_the_roll_up_and_the_findings()
    {
        var month = MonthlyCycle.CreateBuilder(Campaign.Zhengzhou2017, May, new LocalDate(2017, 6, 5))
            .WithUnits(City, [Zhongyuan, Erqi, Jinshui, Shangjie])
            .Add(Submission.Of(Form(Zhongyuan, new LocalDate(2017, 5, 31)), "410102.json"))
            .Add(Submission.Of(Form(Erqi, new LocalDate(2017, 6, 1)), "410103.xlsx", receivedOn: new LocalDate(2017, 6, 4)))
            .Add(Submission.Refused([BadCell], "410105.xlsx", Jinshui, May, new LocalDate(2017, 6, 1)))
            .Build();

        var json = JsonNode.Parse(JsonSerializer.Serialize(month, HuXiaoJson.Options))!;
        var units = json["units"]!.AsArray().ToDictionary(u => u!["code"]!.GetValue<string>(), u => u!);
        Assert.Equal("filed", units["410102"]["status"]!.GetValue<string>());
        Assert.Equal("late", units["410103"]["status"]!.GetValue<string>());
        Assert.Equal(3, units["410103"]["daysLate"]!.GetValue<int>());
        Assert.Equal("received", units["410103"]["dateBasis"]!.GetValue<string>());
        Assert.Equal("refused", units["410105"]["status"]!.GetValue<string>());
        Assert.Equal("HX0415", units["410105"]["problems"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("missing", units["410106"]["status"]!.GetValue<string>());
        Assert.Equal(["410105", "410106"], json["missing"]!.AsArray().Select(c => c!.GetValue<string>()).Order());
        Assert.Equal("2017-06-05", json["asOf"]!.GetValue<string>());
        Assert.Equal("2017-06-01", json["due"]!.GetValue<string>());

        var rollUp = JsonSerializer.Deserialize<MonthlyReport>(json["rollUp"]!.ToJsonString(), HuXiaoJson.Options)!;
        Assert.Equal(200, rollUp.Total("A01"));
        Assert.Equal(City, rollUp.Unit);
        Assert.Equal(month.Compliance.Findings.Select(f => f.RuleCode), json["compliance"]!["findings"]!.AsArray().Select(f => f!["rule"]!.GetValue<string>()));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<MonthlyCycle>(json.ToJsonString(), HuXiaoJson.Options));
    }

    [Fact]
    public void NodaTime_values_of_an_apps_own_types_are_ISO_text()
    {
        var json = JsonSerializer.Serialize(new Dated(May, new LocalDate(2017, 6, 1)), HuXiaoJson.Options);
        Assert.Equal("""{"period":"2017-05","due":"2017-06-01"}""", json);
        Assert.Equal(new Dated(May, new LocalDate(2017, 6, 1)), JsonSerializer.Deserialize<Dated>(json, HuXiaoJson.Options));
    }

    [Fact]
    public void The_wire_names_hold_whatever_naming_policy_the_app_uses()
    {
        var options = HuXiaoJson.Configure(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        var json = JsonNode.Parse(JsonSerializer.Serialize(BadCell, options))!;
        Assert.Equal(BadCell.EnglishMessage, json["englishMessage"]!.GetValue<string>());
        Assert.Equal(BadCell, JsonSerializer.Deserialize<InputProblem>(json.ToJsonString(), options));
    }

    public sealed record Dated(YearMonth Period, LocalDate Due);
}
