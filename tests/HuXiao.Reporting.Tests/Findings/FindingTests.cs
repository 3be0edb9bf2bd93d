using HuXiao.Reporting.Validation;
using NodaTime;
using static HuXiao.Reporting.Tests.TestData;

namespace HuXiao.Reporting.Tests.Findings;

public sealed class FindingTests
{
    [Fact]
    public void A_consistency_finding_is_the_one_shape_with_its_rule_code_unit_month_cells_and_both_messages()
    {
        var report = CleanBuilder().SetTotal("A02", 70).Build();   // 70 + 40 ≠ 120
        var original = RuleSet.For(ReportSchema.Zhengzhou2017).Validate(report, locator: JsonPathLocator.Instance).Errors.Single(f => f.RuleCode == "urban-plus-rural");
        var finding = original.ToFinding();
        Assert.Equal(FindingKind.Validation, finding.Kind);
        Assert.Equal("urban-plus-rural", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("410102", finding.UnitCode);
        Assert.Equal(May2017, finding.Period);
        Assert.Equal("$.total.A01", finding.Location);
        Assert.Equal(["A01", "A02", "A03"], finding.Indicators);
        Assert.Equal(new BilingualText(original.Message, original.EnglishMessage), finding.Message);
        Assert.Contains("70", finding.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains("70", finding.Message.English, StringComparison.Ordinal);
        Assert.Null(finding.Status);
    }

    [Fact]
    public void A_rule_a_blank_kept_from_being_checked_says_not_checked()
    {
        var report = CleanBuilder().SetTotal("A02", null).Build();
        var notChecked = RuleSet.For(ReportSchema.Zhengzhou2017).Validate(report).Findings.First(f => f.IsNotChecked);
        Assert.Equal("not-checked", notChecked.ToFinding().Status);
    }

    [Fact]
    public void An_input_problem_is_an_error_of_the_input_kind_with_its_cell_and_indicator()
    {
        var problem = new InputProblem(ErrorCodes.NotWholeNumber, "$.total.A05", new BilingualText("A05 合计应为整数。", "A05 total must be a whole number."), "A05");
        var finding = problem.ToFinding("410103", new YearMonth(2017, 6));
        Assert.Equal((FindingKind.Input, "HX0205", FindingSeverity.Error, "410103", (YearMonth?)new YearMonth(2017, 6), "$.total.A05"), (finding.Kind, finding.Code, finding.Severity, finding.UnitCode, finding.Period, finding.Location));
        Assert.Equal(["A05"], finding.Indicators);
        Assert.Equal(("A05 合计应为整数。", "A05 total must be a whole number."), (finding.Message.Chinese, finding.Message.English));
        Assert.Equal(problem.Text, finding.Message);
        Assert.Empty(new InputProblem("HX0201", null, "坏", "bad").ToFinding().Indicators);
    }

    [Fact]
    public void A_definition_problem_made_in_both_languages_keeps_them_apart()
    {
        var problem = new DefinitionProblem(CampaignErrorCodes.InvalidValue, "$.targets[0].due", new BilingualText("日期无效。", "The date is not valid."));
        Assert.Equal("日期无效。 The date is not valid.", problem.Message);
        var finding = problem.ToFinding();
        Assert.Equal((FindingKind.Definition, CampaignErrorCodes.InvalidValue, "$.targets[0].due"), (finding.Kind, finding.Code, finding.Location));
        Assert.Equal(new BilingualText("日期无效。", "The date is not valid."), finding.Message);
        Assert.Null(finding.UnitCode);

        var programmer = new DefinitionProblem(CampaignErrorCodes.InvalidValue, "$.span", "campaign 'x' has no span.");
        Assert.Null(programmer.Text);
        Assert.Equal(new BilingualText("campaign 'x' has no span.", "campaign 'x' has no span."), programmer.ToFinding().Message);
    }

    [Fact]
    public void A_finding_needs_a_code_and_a_message()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Finding { Kind = FindingKind.Note, Code = " ", Severity = FindingSeverity.Information, Message = new BilingualText("注", "note") });
        Assert.Throws<ArgumentNullException>(() => new Finding { Kind = FindingKind.Note, Code = "note", Severity = FindingSeverity.Information, Message = null! });
    }

    [Theory]
    [InlineData(FindingKind.Input, "input")]
    [InlineData(FindingKind.Definition, "definition")]
    [InlineData(FindingKind.Validation, "validation")]
    [InlineData(FindingKind.Compliance, "compliance")]
    [InlineData(FindingKind.Filing, "filing")]
    [InlineData(FindingKind.Note, "note")]
    public void Kinds_have_fixed_wire_names(FindingKind kind, string name) => Assert.Equal(name, kind.ToWireName());

    [Theory]
    [InlineData(FindingSeverity.Error, "error")]
    [InlineData(FindingSeverity.Warning, "warning")]
    [InlineData(FindingSeverity.Information, "info")]
    public void Severities_have_fixed_wire_names(FindingSeverity severity, string name) => Assert.Equal(name, severity.ToWireName());
}
