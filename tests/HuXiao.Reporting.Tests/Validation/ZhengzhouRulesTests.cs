using HuXiao.Reporting.Validation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Validation;

/// <summary>Each consistency rule of the 2017 form, broken one at a time on an otherwise clean report.</summary>
public class ZhengzhouRulesTests
{
    private static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017);

    private static ValidationFinding Only(MonthlyReport report, string rule)
    {
        var findings = Rules.Validate(report).Findings;
        return Assert.Single(findings, f => f.RuleCode == rule);
    }

    [Fact]
    public void The_form_publishes_its_rules_with_stable_codes()
        => Assert.Equal(
            ["non-negative", "urban-plus-rural", "campus-count-within-all", "count-covers-campuses", "installed-within-needed", "video-linked-within-installed", "campus-type-within-kind", "of-whom-within-whole", "resolved-within-found", "total-chain", "stock-decrease", "case-details-required", "blank-cell"],
            Rules.Select(r => r.Code));

    [Fact]
    public void A_clean_report_has_no_finding()
    {
        var result = Rules.Validate(TestData.Clean());
        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Urban_plus_rural_must_equal_all_campuses_in_both_rows()
    {
        var report = TestData.CleanBuilder().SetTotal("A03", 41).SetNew("A02", 0).Build();
        var findings = Rules.Validate(report).Findings.Where(f => f.RuleCode == "urban-plus-rural").ToArray();
        Assert.Equal(2, findings.Length);
        var total = Assert.Single(findings, f => f.Row == ReportRow.Total);
        Assert.Equal(FindingSeverity.Error, total.Severity);
        Assert.Equal(["A01", "A02", "A03"], total.Indicators);
        Assert.Equal([120L, 80L, 41L], total.Values);
        Assert.Contains("全部校园数(A01)=120", total.Message);
        Assert.Contains("121", total.Message);
        Assert.Single(findings, f => f.Row == ReportRow.New);
    }

    [Theory]
    [InlineData("A05")]
    [InlineData("A08")]
    [InlineData("A12")]
    [InlineData("A19")]
    public void Campus_counts_cannot_exceed_all_campuses(string code)
    {
        var builder = TestData.CleanBuilder().SetTotal(code, 121);
        // Keep the other rules satisfied so only this one speaks.
        builder.SetTotal("A04", 500);
        var finding = Only(builder.Build(), "campus-count-within-all");
        Assert.Equal([code, "A01"], finding.Indicators);
        Assert.Equal([121L, 120L], finding.Values);
        Assert.Equal(ReportRow.Total, finding.Row);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains(ReportSchema.Zhengzhou2017[code].Label, finding.Message);
    }

    [Fact]
    public void A_campus_counted_has_at_least_one_guard()
    {
        var finding = Only(TestData.CleanBuilder().SetTotal("A04", 100).Build(), "count-covers-campuses");
        Assert.Equal(["A05", "A04"], finding.Indicators);
        Assert.Equal([110L, 100L], finding.Values);
    }

    [Fact]
    public void Installed_beyond_need_is_only_a_warning()
    {
        var result = Rules.Validate(TestData.CleanBuilder().SetTotal("A12", 31).Build());
        var finding = Assert.Single(result.Findings);
        Assert.Equal("installed-within-needed", finding.RuleCode);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Video_linked_beyond_cameras_and_rural_patrols_beyond_rural_campuses_are_warnings()
    {
        Assert.Equal(FindingSeverity.Warning, Only(TestData.CleanBuilder().SetTotal("A17", 119).SetTotal("A16", 110).Build(), "video-linked-within-installed").Severity);
        var finding = Only(TestData.CleanBuilder().SetTotal("B12", 41).Build(), "campus-type-within-kind");
        Assert.Equal(["B12", "A03"], finding.Indicators);
    }

    [Fact]
    public void Of_whom_cannot_exceed_the_whole()
    {
        var finding = Only(TestData.CleanBuilder().SetTotal("B02", 31).Build(), "of-whom-within-whole");
        Assert.Equal(["B02", "B01"], finding.Indicators);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void Resolved_beyond_found_is_an_error_in_totals_but_not_in_a_month()
    {
        Assert.Equal(["C02", "C01"], Only(TestData.CleanBuilder().SetTotal("C02", 41).Build(), "resolved-within-found").Indicators);
        // The clean report resolves 7 disputes in a month that found 6: older cases may be resolved.
        Assert.Equal(7, TestData.Clean().New("C02"));
        Assert.Empty(Rules.Validate(TestData.Clean()).Findings);
    }

    [Fact]
    public void Negative_totals_and_negative_flow_new_are_errors_negative_stock_new_a_warning()
    {
        var total = Only(TestData.CleanBuilder().SetTotal("B07", -1).Build(), "non-negative");
        Assert.Equal((ReportRow?)ReportRow.Total, total.Row);
        Assert.Equal(FindingSeverity.Error, total.Severity);

        var flow = Only(TestData.CleanBuilder().SetNew("B08", -2).Build(), "non-negative");
        Assert.Equal((ReportRow?)ReportRow.New, flow.Row);
        Assert.Equal([-2L], flow.Values);

        var stock = Rules.Validate(TestData.CleanBuilder().SetNew("A04", -3).Build());
        Assert.Equal("stock-decrease", Assert.Single(stock.Findings).RuleCode);
        Assert.True(stock.IsValid);
    }

    [Fact]
    public void New_cases_without_details_draw_a_warning_until_details_are_attached()
    {
        var bare = TestData.CleanBuilder().SetNew("B17", 2).SetTotal("B17", 2);
        var finding = Only(bare.Build(), "case-details-required");
        Assert.Equal(["B17"], finding.Indicators);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);

        var withDetails = bare
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 12), "某校门口", "盗窃案一起，已破获"))
            .AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 19), "某校周边", "抢夺案一起，已破获"))
            .Build();
        Assert.DoesNotContain(Rules.Validate(withDetails).Findings, f => f.RuleCode == "case-details-required");
    }

    [Fact]
    public void A_case_count_needs_one_detail_per_case_counted()
    {
        static CaseDetail Case(string code) => new(code, new LocalDate(2017, 5, 12), "某校门口", "案件一起");
        static MonthlyReport ThreeCases(int detailed)
        {
            var builder = TestData.CleanBuilder().SetBoth("B18", 3, 3);
            for (var k = 0; k < detailed; k++)
            {
                builder.AddCase(Case("B18"));
            }

            return builder.Build();
        }

        var short1 = Only(ThreeCases(1), "case-details-required");
        Assert.Equal(FindingSeverity.Warning, short1.Severity);
        Assert.Equal(["B18"], short1.Indicators);
        Assert.Contains("only 1 are detailed", short1.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("缺 2 起", short1.Message, StringComparison.Ordinal);

        Assert.DoesNotContain(Rules.Validate(ThreeCases(3)).Findings, f => f.RuleCode == "case-details-required");
        Assert.Contains("more than the count", Only(ThreeCases(4), "case-details-required").EnglishMessage, StringComparison.Ordinal);

        // A detail under a case count whose 新增 is 0 is one too many; under a blank 新增, the blank-cell rule speaks.
        Assert.Contains("more than the count", Only(TestData.CleanBuilder().AddCase(Case("B05")).Build(), "case-details-required").EnglishMessage, StringComparison.Ordinal);
        var blank = TestData.CleanBuilder().SetNew("B05", null).AddCase(Case("B05")).Build();
        Assert.DoesNotContain(Rules.Validate(blank).Findings, f => f.RuleCode == "case-details-required");
    }

    [Fact]
    public void A_person_count_needs_a_detail_but_not_one_per_person()
    {
        var caught = TestData.CleanBuilder().SetBoth("B19", 4, 4);

        Assert.Contains("no case details", Only(caught.Build(), "case-details-required").EnglishMessage, StringComparison.Ordinal);
        var oneCase = caught.AddCase(new CaseDetail("B19", new LocalDate(2017, 5, 20), "某校周边", "团伙盗窃一起，抓获4人")).Build();
        Assert.DoesNotContain(Rules.Validate(oneCase).Findings, f => f.RuleCode == "case-details-required");
    }

    [Fact]
    public void A_blank_is_a_warning_and_the_rules_it_touches_say_they_were_not_checked()
    {
        var report = TestData.CleanBuilder().SetTotal("A01", null).Build();
        var result = Rules.Validate(report);
        Assert.True(result.IsValid);
        Assert.All(result.Findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        var blank = Assert.Single(result.Findings, f => f.RuleCode == "blank-cell");
        Assert.Equal(["A01"], blank.Indicators);
        Assert.Equal([(long?)null], blank.Values);
        var notChecked = result.Findings.Where(f => f.IsNotChecked).ToArray();
        // A02 + A03 = A01 (合计), and the 12 campus counts bounded by A01.
        Assert.Equal(13, notChecked.Length);
        Assert.Contains(notChecked, f => f.RuleCode == "urban-plus-rural" && f.Message.Contains("A01 未填"));
    }

    [Fact]
    public void An_all_blank_report_is_one_warning_per_rule_touched_and_no_error()
    {
        var result = Rules.Validate(MonthlyReport.Blank(ReportSchema.Zhengzhou2017, TestData.Zhongyuan, TestData.May2017));
        Assert.True(result.IsValid);
        Assert.Single(result.Findings, f => f.RuleCode == "blank-cell");
    }

    [Fact]
    public void The_total_chain_is_checked_against_the_previous_month()
    {
        var april = TestData.Clean(period: new YearMonth(2017, 4));
        var may = TestData.CleanBuilder().SetTotal("A01", 122).SetTotal("A02", 81).SetTotal("A03", 41).Build();
        var result = Rules.Validate(may, april);
        var errors = result.Findings.Where(f => f.RuleCode == "total-chain").ToArray();
        // April's totals plus May's new: A01 120 + 2 = 122, A02 80 + 1 = 81, A03 40 + 1 = 41 hold.
        Assert.DoesNotContain(errors, f => f.Indicators[0] is "A01" or "A02" or "A03");
        // Every other total repeats April's, so it breaks where May's new is not zero (A04: 150 + 3 ≠ 150).
        var a04 = Assert.Single(errors, f => f.Indicators[0] == "A04");
        Assert.Equal(FindingSeverity.Error, a04.Severity);
        Assert.Contains("合计：配备保安员数(A04)=150，但上月合计 150 + 本月新增 3 = 153", a04.Message);
        Assert.DoesNotContain(errors, f => f.Indicators[0] == "A06");
    }

    [Fact]
    public void Previous_must_be_the_same_units_preceding_month()
    {
        var may = TestData.Clean();
        Assert.Throws<ArgumentException>(() => Rules.Validate(may, TestData.Clean(period: new YearMonth(2017, 3))));
        Assert.Throws<ArgumentException>(() => Rules.Validate(may, TestData.Clean(TestData.Erqi, new YearMonth(2017, 4))));
    }

    [Fact]
    public void Findings_point_at_the_location_the_input_had()
    {
        var finding = Rules.Validate(TestData.CleanBuilder().SetTotal("A05", 121).SetTotal("A04", 500).Build(), locator: JsonPathLocator.Instance)
            .Findings.Single();
        Assert.Equal("$.total.A05", finding.Location);
        Assert.Equal("410102", finding.UnitCode);
        Assert.Equal(TestData.May2017, finding.Period);
    }
}
