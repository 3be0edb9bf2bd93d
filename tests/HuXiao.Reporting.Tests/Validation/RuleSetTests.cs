using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;
using HuXiao.Reporting.Validation.Rules;

namespace HuXiao.Reporting.Tests.Validation;

public class RuleSetTests
{
    private static readonly RuleSet Rules = RuleSet.For(ReportSchema.Zhengzhou2017);

    [Fact]
    public void Without_switches_a_rule_off_for_that_instance_only()
    {
        var report = TestData.CleanBuilder().SetTotal("A12", 31).Build();
        var quiet = Rules.Without("installed-within-needed");
        Assert.Empty(quiet.Validate(report).Findings);
        Assert.Single(Rules.Validate(report).Findings);
        Assert.Null(quiet.Find("installed-within-needed"));
        Assert.Equal(Rules.Count - 1, quiet.Count);
    }

    [Fact]
    public void Without_refuses_an_unknown_code_rather_than_switching_nothing_off()
        => Assert.Contains("urban-plus-rurel", Assert.Throws<ArgumentException>(() => Rules.Without("urban-plus-rurel")).Message);

    [Fact]
    public void With_adds_a_custom_rule_or_replaces_one_of_the_same_code()
    {
        var custom = new AtMostRule("guards-within-closed", FindingSeverity.Warning, [("A05", "A08")], [ReportRow.Total], "有保安的校园均已封闭", "Campuses with guards are closed");
        var extended = Rules.With(custom);
        var finding = Assert.Single(extended.Validate(TestData.CleanBuilder().SetTotal("A08", 100).Build()).Findings);
        Assert.Equal("guards-within-closed", finding.RuleCode);

        var stricter = Rules.With(new AtMostRule("installed-within-needed", FindingSeverity.Error, [("A12", "A11")], [ReportRow.Total], "t", "t"));
        Assert.Equal(Rules.Count, stricter.Count);
        Assert.False(stricter.Validate(TestData.CleanBuilder().SetTotal("A12", 31).Build()).IsValid);
    }

    [Fact]
    public void A_subclassed_rule_reads_its_declared_indicators_by_position()
    {
        var set = RuleSet.Create(ReportSchema.Zhengzhou2017, [new PoliceRoomsNeedPatrols()]);
        var finding = Assert.Single(set.Validate(TestData.CleanBuilder().SetTotal("B13", 3).SetTotal("B16", 0).Build()).Findings);
        Assert.Equal(["B13", "B16"], finding.Indicators);
        Assert.Equal([3L, 0L], finding.Values);
        Assert.Empty(set.Validate(TestData.Clean()).Findings);
    }

    [Fact]
    public void Create_refuses_duplicate_codes_and_unknown_indicators()
    {
        Assert.Throws<ArgumentException>(() => RuleSet.Create(ReportSchema.Zhengzhou2017, [new StockDecreaseRule(["A01"]), new StockDecreaseRule(["A02"])]));
        Assert.Throws<ArgumentException>(() => RuleSet.Create(ReportSchema.Zhengzhou2017, [new StockDecreaseRule(["Q01"])]));
    }

    [Fact]
    public void Validate_refuses_a_report_of_another_form()
    {
        var other = ReportSchema.CreateBuilder("other").AddTable("A", "t").AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock).Build();
        var report = MonthlyReport.Blank(other, TestData.Zhongyuan, TestData.May2017);
        Assert.Throws<ArgumentException>(() => Rules.Validate(report));
    }

    [Fact]
    public void Results_group_by_indicator_and_throw_on_request()
    {
        var result = Rules.Validate(TestData.CleanBuilder().SetTotal("A05", 121).SetTotal("A04", 500).SetTotal("B02", 31).Build());
        Assert.Equal(["A05", "B02"], result.ByIndicator().Select(g => g.Key).Order());
        Assert.Single(result.For("B01"));
        var e = Assert.Throws<ReportValidationException>(result.ThrowIfInvalid);
        Assert.Equal(2, e.Result.Errors.Count());
        Assert.Contains("A05", e.Message);
    }

    [Fact]
    public void A_refused_rule_set_names_the_rule_and_what_is_wrong()
    {
        var twice = Assert.Throws<ArgumentException>(() => RuleSet.Create(ReportSchema.Zhengzhou2017, [new StockDecreaseRule(["A01"]), new StockDecreaseRule(["A02"])]));
        Assert.Contains("'stock-decrease'", twice.Message, StringComparison.Ordinal);
        Assert.Contains("twice", twice.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentException>(() => RuleSet.Create(ReportSchema.Zhengzhou2017, [new StockDecreaseRule(["Q01"])]));
        Assert.Contains("'stock-decrease'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("'Q01'", unknown.Message, StringComparison.Ordinal);

        var typo = Assert.Throws<ArgumentException>(() => Rules.Without("urban-plus-rurel"));
        Assert.Contains("installed-within-needed", typo.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_report_of_another_unit_month_or_form_is_refused_naming_both()
    {
        var may = TestData.Clean();
        var erqiApril = TestData.Clean(TestData.Erqi, new NodaTime.YearMonth(2017, 4));
        var march = TestData.Clean(period: new NodaTime.YearMonth(2017, 3));
        var other = ReportSchema.CreateBuilder("other").AddTable("A", "t").AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock).Build();

        var unit = Assert.Throws<ArgumentException>(() => Rules.Validate(may, erqiApril));
        Assert.Contains("410103", unit.Message, StringComparison.Ordinal);
        Assert.Contains("410102", unit.Message, StringComparison.Ordinal);
        var month = Assert.Throws<ArgumentException>(() => Rules.Validate(may, march));
        Assert.Contains("2017-03", month.Message, StringComparison.Ordinal);
        Assert.Contains("2017-04", month.Message, StringComparison.Ordinal);
        var form = Assert.Throws<ArgumentException>(() => Rules.Validate(may, MonthlyReport.Blank(other, TestData.Zhongyuan, new NodaTime.YearMonth(2017, 4))));
        Assert.Equal("previous", form.ParamName);
        Assert.Contains("other", form.Message, StringComparison.Ordinal);
        Assert.Equal("report", Assert.Throws<ArgumentException>(() => Rules.Validate(MonthlyReport.Blank(other, TestData.Zhongyuan, TestData.May2017))).ParamName);
    }

    [Fact]
    public void A_batch_of_another_form_or_a_previous_batch_of_another_month_is_refused_naming_both()
    {
        var may = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, TestData.May2017, [TestData.Clean()]);
        var march = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, new NodaTime.YearMonth(2017, 3), [TestData.Clean(period: new NodaTime.YearMonth(2017, 3))]);
        var other = ReportSchema.CreateBuilder("other").AddTable("A", "t").AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock).Build();
        var foreign = ReportBatch.FromReports(other, TestData.May2017, [MonthlyReport.Blank(other, TestData.Zhongyuan, TestData.May2017)]);

        var month = Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(may, march));
        Assert.Contains("2017-03", month.Message, StringComparison.Ordinal);
        Assert.Contains("2017-04", month.Message, StringComparison.Ordinal);
        Assert.Equal("batch", Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(foreign)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(may, ReportBatch.FromReports(other, new NodaTime.YearMonth(2017, 4), []))).ParamName);
        foreach (var threads in new[] { 0, -2 })
        {
            Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(may, maxDegreeOfParallelism: threads)).ParamName);
        }

        Assert.Empty(Rules.ValidateBatch(may, maxDegreeOfParallelism: 1).Findings);
    }

    [Fact]
    public void With_a_new_code_appends_the_rule_and_keeps_every_other_in_place()
    {
        var custom = new AtMostRule("guards-within-closed", FindingSeverity.Warning, [("A05", "A08")], [ReportRow.Total], "有保安的校园均已封闭", "Campuses with guards are closed");
        var extended = Rules.With(custom);
        Assert.Equal([.. Rules.Select(r => r.Code), "guards-within-closed"], extended.Select(r => r.Code));
        Assert.Same(Rules[0], extended[0]);
        Assert.Same(custom, extended[Rules.Count]);
    }

    [Fact]
    public void With_replaces_the_first_rule_in_its_place()
    {
        var lenient = new NonNegativeRule([], code: "non-negative");
        var replaced = Rules.With(lenient);
        Assert.Equal(Rules.Select(r => r.Code), replaced.Select(r => r.Code));
        Assert.Same(lenient, replaced[0]);
        Assert.Same(lenient, replaced.Find("non-negative"));
        // The rule at index 0 no longer checks any indicator, so a negative total is no finding.
        Assert.Empty(replaced.Validate(TestData.CleanBuilder().SetTotal("B07", -1).Build()).Findings);
    }

    [Fact]
    public void With_and_the_batch_check_refuse_null_naming_the_parameter()
    {
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => Rules.With(null!)).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => Rules.ValidateBatch(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => Rules.Validate(null!)).ParamName);
    }

    [Fact]
    public void Switching_off_an_unknown_rule_lists_the_rules_there_are()
    {
        var typo = Assert.Throws<ArgumentException>(() => Rules.Without("urban-plus-rurel"));
        Assert.Equal("codes", typo.ParamName);
        Assert.StartsWith(
            "No rule 'urban-plus-rurel' to switch off; the rules are: non-negative, urban-plus-rural, campus-count-within-all, count-covers-campuses, installed-within-needed, video-linked-within-installed, campus-type-within-kind, of-whom-within-whole, resolved-within-found, total-chain, stock-decrease, case-details-required, blank-cell.",
            typo.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_or_batch_of_another_form_is_refused_naming_both_forms()
    {
        var other = ReportSchema.CreateBuilder("other").AddTable("A", "t").AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock).Build();
        var report = MonthlyReport.Blank(other, TestData.Zhongyuan, TestData.May2017);
        var single = Assert.Throws<ArgumentException>(() => Rules.Validate(report));
        Assert.StartsWith($"Report {report} is on form {other}, but these rules are for {ReportSchema.Zhengzhou2017}.", single.Message, StringComparison.Ordinal);

        var foreign = ReportBatch.FromReports(other, TestData.May2017, [report]);
        var batch = Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(foreign));
        Assert.StartsWith($"The batch is on form {other}, but these rules are for {ReportSchema.Zhengzhou2017}.", batch.Message, StringComparison.Ordinal);

        var may = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, TestData.May2017, [TestData.Clean()]);
        var previous = Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(may, ReportBatch.FromReports(other, new NodaTime.YearMonth(2017, 4), [])));
        Assert.StartsWith($"The previous batch is on form {other}, but these rules are for {ReportSchema.Zhengzhou2017}.", previous.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thread_count_of_zero_is_refused_saying_what_to_pass()
    {
        var may = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, TestData.May2017, [TestData.Clean()]);
        var e = Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(may, maxDegreeOfParallelism: 0));
        Assert.Equal("maxDegreeOfParallelism", e.ParamName);
        Assert.StartsWith("Use −1 for all cores or a positive thread count.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_batch_of_another_month_is_refused_even_when_it_shares_no_unit()
    {
        var may = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, TestData.May2017, [TestData.Clean()]);
        var marchOfOthers = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, new NodaTime.YearMonth(2017, 3), [TestData.Clean(TestData.Erqi, new NodaTime.YearMonth(2017, 3))]);
        var emptyMarch = ReportBatch.FromReports(ReportSchema.Zhengzhou2017, new NodaTime.YearMonth(2017, 3), []);
        foreach (var march in new[] { marchOfOthers, emptyMarch })
        {
            var e = Assert.Throws<ArgumentException>(() => Rules.ValidateBatch(may, march));
            Assert.Equal("previous", e.ParamName);
            Assert.StartsWith("The previous batch is for 2017-03; the month before 2017-05 is 2017-04.", e.Message, StringComparison.Ordinal);
        }
    }

    private sealed class PoliceRoomsNeedPatrols() : ConsistencyRule("rooms-need-patrols", FindingSeverity.Warning, ["B13", "B16"], "有警务室应有巡逻", "Police rooms imply patrols")
    {
        public override void Check(in RuleContext context)
        {
            if (context.Value(0, ReportRow.Total) > 0 && context.Value(1, ReportRow.Total) == 0)
            {
                context.Fail(ReportRow.Total, "有警务室但无巡逻警力", "Police rooms but no patrols", 0, 1);
            }
        }
    }
}
