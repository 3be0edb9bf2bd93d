using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using HuXiao.Calendar;
using HuXiao.Compliance;
using HuXiao.Excel;
using HuXiao.Reporting;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Tests.Json;

/// <summary>
/// A consistency finding, a compliance finding, a problem reading a form, a problem of a campaign definition and a row
/// of the roll-up workbook are one shape: code, severity, unit, month, location, and the message in both languages.
/// </summary>
public sealed class FindingJsonTests
{
    private static readonly YearMonth May = new(2017, 5);
    private static readonly YearMonth November = new(2017, 11);
    private static readonly OrganisationUnit Zhongyuan = new("410102", "中原分局");

    // 全部校园数 100 but 城市 70 + 农村 40: urban-plus-rural fails; A19 (one-touch alarms linked) far short of the campuses,
    // which November's data shows past the deadline.
    private static MonthlyReport Form(YearMonth? period = null)
        => MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, Zhongyuan, period ?? May)
            .SetTotal("A01", 100).SetTotal("A02", 70).SetTotal("A03", 40)
            .SetTotal("A04", 150).SetTotal("A05", 100).SetTotal("A06", 120).SetTotal("A07", 100)
            .SetTotal("A08", 100).SetTotal("A09", 500).SetTotal("A10", 100)
            .SetTotal("A11", 30).SetTotal("A12", 30).SetTotal("A13", 20).SetTotal("A14", 20)
            .SetTotal("A15", 800).SetTotal("A16", 100).SetTotal("A17", 90).SetTotal("A18", 100).SetTotal("A19", 10)
            .Build();

    private static Finding Validation()
        => RuleSet.For(ReportSchema.Zhengzhou2017).Validate(Form(), locator: JsonPathLocator.Instance).Errors
            .First(f => f.RuleCode == "urban-plus-rural").ToFinding();

    private static Finding Reading()
    {
        using var template = new MemoryStream();
        new ExcelFormWriter().WriteTemplate(template, Zhongyuan, May);
        template.Position = 0;
        using var filled = new MemoryStream();
        using (var workbook = new XLWorkbook(template))
        {
            workbook.Worksheet(1).Cell("C7").SetValue("十二");   // A02 新增 written as text
            workbook.SaveAs(filled);
        }

        var bytes = filled.ToArray();
        var read = new ExcelFormReader().Read(bytes);
        Assert.False(read.IsRefused);
        return Assert.Single(read.ToFindings(), f => f.Code == ExcelErrorCodes.NotANumber);
    }

    private static Finding Compliance()
        => new ComplianceChecker().Check(Form(November), asOf: new LocalDate(2017, 12, 1)).Findings
            .First(f => f.Status == ComplianceStatus.NotMet).ToFinding(JsonPathLocator.Instance);

    private static Finding Definition()
    {
        // The built-in campaign's document naming a built-in form that does not exist.
        var document = JsonNode.Parse(CampaignJson.Serialize(Campaign.Zhengzhou2017))!;
        document["form"] = "nope";
        var problems = CampaignJson.Check(document.ToJsonString(), out var campaign);
        Assert.Null(campaign);
        return problems.First(p => p.Path == "$.form").ToFinding();
    }

    public static TheoryData<string> Producers => ["validation", "compliance", "reading", "definition"];

    private static Finding Of(string producer) => producer switch
    {
        "validation" => Validation(),
        "compliance" => Compliance(),
        "reading" => Reading(),
        _ => Definition(),
    };

    [Theory]
    [MemberData(nameof(Producers))]
    public void Every_finding_says_code_severity_where_and_what_in_both_languages(string producer)
    {
        var finding = Of(producer);
        Assert.False(string.IsNullOrWhiteSpace(finding.Code));
        Assert.NotNull(finding.Location);
        Assert.Contains(finding.Message.Chinese, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.DoesNotContain(finding.Message.English, c => c is >= '\u4e00' and <= '\u9fff' && producer == "definition");
        Assert.NotEqual(finding.Message.Chinese, finding.Message.English);
        if (producer != "definition")
        {
            Assert.Equal(Zhongyuan.Code, finding.UnitCode);
            Assert.Equal(producer == "compliance" ? November : May, finding.Period);
        }
    }

    [Fact]
    public void Each_producer_keeps_its_own_code_and_kind()
    {
        var validation = Validation();
        Assert.Equal((FindingKind.Validation, "urban-plus-rural", FindingSeverity.Error, "$.total.A01"), (validation.Kind, validation.Code, validation.Severity, validation.Location));
        Assert.Equal(["A01", "A02", "A03"], validation.Indicators);

        var compliance = Compliance();
        Assert.Equal((FindingKind.Compliance, FindingSeverity.Error, "not-met"), (compliance.Kind, compliance.Severity, compliance.Status));
        Assert.NotNull(compliance.Clause);
        Assert.Equal($"$.total.{compliance.Indicators[0]}", compliance.Location);

        var reading = Reading();
        Assert.Equal((FindingKind.Input, FindingSeverity.Error, "A02"), (reading.Kind, reading.Severity, Assert.Single(reading.Indicators)));
        Assert.EndsWith("!C7", reading.Location, StringComparison.Ordinal);

        var definition = Definition();
        Assert.Equal(FindingKind.Definition, definition.Kind);
        Assert.StartsWith("$", definition.Location, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void A_finding_reads_back_equal_with_the_wire_names(string producer)
    {
        var finding = Of(producer);
        var json = JsonNode.Parse(JsonSerializer.Serialize(finding, HuXiaoJson.Options))!;
        Assert.Equal(finding.Code, json["code"]!.GetValue<string>());
        Assert.Equal(finding.Message.Chinese, json["message"]!.GetValue<string>());
        Assert.Equal(finding.Message.English, json["englishMessage"]!.GetValue<string>());
        Assert.Equal(finding.Location, json["location"]!.GetValue<string>());
        Assert.Equal(finding, JsonSerializer.Deserialize<Finding>(json.ToJsonString(), HuXiaoJson.Options));
    }

    [Fact]
    public void A_finding_with_another_severity_or_message_is_not_equal()
    {
        var finding = Validation();
        Assert.NotEqual(finding, finding with { Severity = FindingSeverity.Warning });
        Assert.NotEqual(finding, finding with { Message = new BilingualText(finding.Message.Chinese, "other") });
        Assert.NotEqual(finding, finding with { Indicators = ["A01"] });
        Assert.Equal(finding, finding with { Indicators = [.. finding.Indicators] });
    }

    [Fact]
    public void The_roll_up_workbook_lists_findings_of_every_producer_in_their_one_shape()
    {
        Finding[] findings = [Validation(), Compliance(), Reading(), Definition()];
        var rollUp = ReportRollUp.Combine(ReportSchema.Zhengzhou2017, new OrganisationUnit("410100", "郑州市公安局"), May, [Form()]);
        using var buffer = new MemoryStream();
        new RollUpWorkbookWriter().Write(rollUp, buffer, extraFindings: findings);

        buffer.Position = 0;
        using var workbook = new XLWorkbook(buffer);
        var rows = workbook.Worksheet(RollUpWorkbookWriter.FindingsSheetName).RowsUsed().Skip(1)
            .Select(r => (Unit: r.Cell(1).GetString(), Source: r.Cell(3).GetString(), Code: r.Cell(4).GetString(), Status: r.Cell(5).GetString(), Location: r.Cell(8).GetString(), Chinese: r.Cell(9).GetString(), English: r.Cell(10).GetString()))
            .ToArray();
        foreach (var finding in findings)
        {
            var row = Assert.Single(rows, r => r.Code == finding.Code && r.Location == finding.Location);
            Assert.Equal(finding.UnitCode ?? string.Empty, row.Unit);
            Assert.StartsWith(finding.Kind.ToWireName(), row.Source, StringComparison.Ordinal);
            Assert.Equal(finding.Status ?? finding.Severity.ToWireName(), row.Status);
            Assert.Equal((finding.Message.Chinese, finding.Message.English), (row.Chinese, row.English));
        }
    }
}
