using HuXiao.Reporting.Validation;
using static HuXiao.Reporting.Tests.TestData;

namespace HuXiao.Reporting.Tests.Validation;

public class ReadResultValidationTests
{
    private static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017);

    private static InputProblem NotWhole(string code, string location)
        => new(ErrorCodes.NotWholeNumber, location, $"{code} 合计应为整数。", $"{code} total must be a whole number.", code);

    private static ReadResult<MonthlyReport> PartlyRefused(MonthlyReport partial, params string[] refusedTotals)
        => ReadResult<MonthlyReport>.Failure(
            refusedTotals.Select(c => NotWhole(c, $"$.total.{c}")),
            Zhongyuan,
            May2017,
            JsonPathLocator.Instance,
            partial,
            refusedTotals.ToDictionary(c => (c, ReportRow.Total), c => $"$.total.{c}"));

    [Fact]
    public void A_report_read_whole_gets_the_findings_of_the_rules_located_by_the_reader()
    {
        var report = CleanBuilder().SetTotal("B02", 31).Build();
        var findings = ReadResult<MonthlyReport>.Success(report, JsonPathLocator.Instance).ValidateReadCells(Rules);
        var finding = Assert.Single(findings);
        Assert.Equal("of-whom-within-whole", finding.RuleCode);
        Assert.Equal("$.total.B02", finding.Location);
        Assert.Equal(Rules.Validate(report, locator: JsonPathLocator.Instance).Findings, findings);
    }

    [Fact]
    public void An_input_refused_as_a_whole_or_not_read_that_far_has_no_finding()
    {
        Assert.Empty(ReadResult<MonthlyReport>.Refused([NotWhole("A01", "$.schema")], Zhongyuan, May2017).ValidateReadCells(Rules));
        Assert.Empty(ReadResult<MonthlyReport>.Failure([NotWhole("A01", "$.total.A01")], Zhongyuan, May2017).ValidateReadCells(Rules));
    }

    [Fact]
    public void The_result_and_the_rules_are_required()
    {
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => ((ReadResult<MonthlyReport>)null!).ValidateReadCells(Rules)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => ReadResult<MonthlyReport>.Success(Clean()).ValidateReadCells(null!)).ParamName);
    }

    [Fact]
    public void A_finding_on_a_refused_cell_says_the_value_was_refused_and_its_blank_warning_is_left_out()
    {
        // 合计 A01 was refused: the rules see it blank. B02 > B01 has nothing to do with it.
        var partial = CleanBuilder().SetTotal("A01", null).SetTotal("B02", 31).Build();
        var findings = PartlyRefused(partial, "A01").ValidateReadCells(Rules);

        Assert.DoesNotContain(findings, f => f.RuleCode == "blank-cell");
        var ofWhom = Assert.Single(findings, f => f.RuleCode == "of-whom-within-whole");
        Assert.Equal(Assert.Single(Rules.Validate(partial, locator: JsonPathLocator.Instance).Findings, f => f.RuleCode == "of-whom-within-whole"), ofWhom);

        var sum = Assert.Single(findings, f => f.RuleCode == "urban-plus-rural");
        var rule = Rules.Find("urban-plus-rural")!;
        Assert.Equal($"合计：A01 未填，规则“{rule.Title}”未检查。（$.total.A01 的值被拒绝，此处按空白计）", sum.Message);
        Assert.Equal($"total: A01 blank, so rule '{rule.EnglishTitle}' was not checked. ($.total.A01 was refused and counts as blank here)", sum.EnglishMessage);
        Assert.True(sum.IsNotChecked);
        Assert.Equal("$.total.A01", sum.Location);
        // A02 + A03 = A01, and the 12 campus counts bounded by A01, each say why they were not checked.
        Assert.Equal(13, findings.Count(f => f.IsNotChecked && f.Message.EndsWith("（$.total.A01 的值被拒绝，此处按空白计）", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_finding_on_two_refused_cells_names_both()
    {
        var partial = CleanBuilder().SetTotal("A01", null).SetTotal("A02", null).Build();
        var sum = Assert.Single(PartlyRefused(partial, "A01", "A02").ValidateReadCells(Rules), f => f.RuleCode == "urban-plus-rural");
        Assert.EndsWith("未检查。（$.total.A01、$.total.A02 的值被拒绝，此处按空白计）", sum.Message, StringComparison.Ordinal);
        Assert.EndsWith("was not checked. ($.total.A01, $.total.A02 was refused and counts as blank here)", sum.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_read_without_refused_cells_gets_the_findings_as_they_are()
    {
        var partial = CleanBuilder().SetTotal("B02", 31).Build();
        var result = ReadResult<MonthlyReport>.Failure([NotWhole("A01", "$.unit")], Zhongyuan, May2017, JsonPathLocator.Instance, partial);
        Assert.Equal(Rules.Validate(partial, locator: JsonPathLocator.Instance).Findings, result.ValidateReadCells(Rules));
    }
}
