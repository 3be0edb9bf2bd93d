using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Series;

public class ReportSeriesTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;

    private static MonthlyReport Month(int year, int month, long? a01New, long? b17New, long? a01Total = null, long? b17Total = null)
        => MonthlyReport.CreateBuilder(Form, TestData.Zhongyuan, new YearMonth(year, month))
            .SetBoth("A01", a01New, a01Total).SetBoth("B17", b17New, b17Total).Build();

    [Fact]
    public void Totals_are_built_from_the_opening_balance_and_each_months_new()
    {
        var opening = OpeningBalance.FlowsAtZero(Form).WithLevel("A01", 118);
        var built = ReportSeries.BuildTotals(opening, [Month(2017, 6, 0, 3), Month(2017, 4, 2, 1), Month(2017, 5, null, 0)]);
        Assert.Equal([new YearMonth(2017, 4), new YearMonth(2017, 5), new YearMonth(2017, 6)], built.Select(r => r.Period));
        Assert.Equal([120L, 120L, 120L], built.Select(r => r.Total("A01")!.Value));
        Assert.Equal([1L, 1L, 4L], built.Select(r => r.Total("B17")!.Value));
        // A stock whose opening level is unknown stays unknown.
        Assert.All(built, r => Assert.Null(r.Total("A02")));
        // A flow with no new at all still starts from zero.
        Assert.All(built, r => Assert.Equal(0, r.Total("C01")));
    }

    [Fact]
    public void Building_totals_refuses_a_gap_another_unit_or_two_reports_for_a_month()
    {
        var opening = OpeningBalance.Zero(Form);
        Assert.Contains("jumps from 2017-04 to 2017-06", Assert.Throws<ReportingException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 1), Month(2017, 6, 1, 1)])).Message);
        var other = Month(2017, 5, 1, 1).ToBuilder().WithUnit(TestData.Erqi).Build();
        Assert.Equal(ErrorCodes.SeriesMismatch, Assert.Throws<ReportingException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 1), other])).Code);
        Assert.Equal(ErrorCodes.SeriesMismatch, Assert.Throws<ReportingException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 1), Month(2017, 4, 2, 2)])).Code);
    }

    [Fact]
    public void A_running_total_past_the_range_is_an_overflow()
    {
        var opening = OpeningBalance.Zero(Form).WithLevel("A01", long.MaxValue);
        var e = Assert.Throws<ReportOverflowException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 0)]));
        Assert.Equal("A01", e.IndicatorCode);
    }

    [Fact]
    public void Opening_balance_from_a_reports_totals()
    {
        var opening = OpeningBalance.FromTotals(TestData.Clean(period: new YearMonth(2017, 3)));
        Assert.Equal(120, opening["A01"]);
        Assert.Equal(0, opening["B05"]);
    }

    [Fact]
    public void The_chain_check_compares_a_filed_total_with_last_months()
    {
        var april = Month(2017, 4, 2, 1, 120, 1);
        var goodMay = Month(2017, 5, 3, 2, 123, 3);
        var badMay = Month(2017, 5, 3, 2, 124, 3);
        Assert.True(ReportSeries.CheckChain(april, goodMay).IsValid);
        var finding = Assert.Single(ReportSeries.CheckChain(april, badMay).Errors);
        Assert.Equal(["A01"], finding.Indicators);
        Assert.Equal([124L], finding.Values);
    }

    [Fact]
    public void A_summary_sums_new_and_takes_the_last_months_total_for_stocks_and_flows()
    {
        var months = new[] { Month(2017, 9, 2, 1, 122, 5), Month(2017, 10, null, 2, 122, 7), Month(2017, 11, 1, null, 123, 7), Month(2017, 12, 4, 0, 127, 7) };
        var autumn = ReportSeries.Summarise(months, new PeriodRange(new YearMonth(2017, 9), new YearMonth(2017, 11)));
        Assert.Equal(3, autumn.New("A01"));
        Assert.Equal(3, autumn.New("B17"));
        Assert.Equal(123, autumn.Total("A01"));
        Assert.Equal(7, autumn.Total("B17"));
        Assert.Null(autumn.New("A02"));
        Assert.Empty(autumn.MissingMonths);
        Assert.Equal(3, autumn.IncludedMonths.Count);
    }

    [Fact]
    public void A_summary_names_missing_months_and_leaves_totals_blank_when_the_last_is_missing()
    {
        var summary = ReportSeries.Summarise([Month(2017, 9, 2, 1, 122, 5)], new PeriodRange(new YearMonth(2017, 9), new YearMonth(2017, 10)));
        Assert.Equal([new YearMonth(2017, 10)], summary.MissingMonths);
        Assert.Null(summary.Total("A01"));
        Assert.Equal(2, summary.New("A01"));
    }

    [Fact]
    public void A_summary_needs_a_report_and_detects_overflow()
    {
        Assert.Throws<ArgumentException>(() => ReportSeries.Summarise([], PeriodRange.Single(TestData.May2017)));
        Assert.Throws<ReportOverflowException>(() => ReportSeries.Summarise([Month(2017, 4, long.MaxValue, 0), Month(2017, 5, 1, 0)], new PeriodRange(new YearMonth(2017, 4), TestData.May2017)));
    }

    [Fact]
    public void A_series_refused_says_which_unit_month_or_form_is_wrong()
    {
        var opening = OpeningBalance.Zero(Form);
        var other = Month(2017, 5, 1, 1).ToBuilder().WithUnit(TestData.Erqi).Build();
        var otherUnit = Assert.Throws<ReportingException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 1), other]));
        Assert.Contains("410103", otherUnit.Message, StringComparison.Ordinal);
        Assert.Contains("410102", otherUnit.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ReportingException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 1), Month(2017, 4, 2, 2)]));
        Assert.Contains("2017-04", twice.Message, StringComparison.Ordinal);

        var form = ReportSchema.CreateBuilder("other").AddTable("A", "t").AddIndicator("A01", "一", "one", null, "所", IndicatorKind.Stock).Build();
        var foreign = Assert.Throws<ReportingException>(() => ReportSeries.Summarise([Month(2017, 4, 1, 1), MonthlyReport.Blank(form, TestData.Zhongyuan, TestData.May2017)], new PeriodRange(new YearMonth(2017, 4), TestData.May2017)));
        Assert.Equal(ErrorCodes.SeriesMismatch, foreign.Code);
        Assert.Contains("other", foreign.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overflow_says_whose_total_and_which_month_or_range()
    {
        var opening = OpeningBalance.Zero(Form).WithLevel("A01", long.MaxValue);
        var running = Assert.Throws<ReportOverflowException>(() => ReportSeries.BuildTotals(opening, [Month(2017, 4, 1, 0)]));
        Assert.Contains("410102", running.Message, StringComparison.Ordinal);
        Assert.Contains("2017-04", running.Message, StringComparison.Ordinal);
        Assert.Equal(ReportRow.Total, running.Row);

        var range = new PeriodRange(new YearMonth(2017, 4), TestData.May2017);
        var summed = Assert.Throws<ReportOverflowException>(() => ReportSeries.Summarise([Month(2017, 4, long.MaxValue, 0), Month(2017, 5, 1, 0)], range));
        Assert.Equal(("A01", ReportRow.New), (summed.IndicatorCode, summed.Row));
        Assert.Contains("410102", summed.Message, StringComparison.Ordinal);
        Assert.Contains(range.ToString(), summed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_ignores_reports_outside_the_range_and_names_the_unit()
    {
        var months = new[] { Month(2017, 3, 50, 50, 50, 50), Month(2017, 4, 2, 1, 120, 1), Month(2017, 6, 7, 7, 127, 8) };
        var summary = ReportSeries.Summarise(months, PeriodRange.Single(new YearMonth(2017, 4)));

        Assert.Equal(2, summary.New("A01"));
        Assert.Equal(120, summary.Total("A01"));
        Assert.Equal(TestData.Zhongyuan, summary.Unit);
        Assert.Equal(PeriodRange.Single(new YearMonth(2017, 4)), summary.Range);
        Assert.Same(Form, summary.Schema);
    }

    [Fact]
    public void Each_series_operation_needs_its_arguments_naming_the_missing_one()
    {
        var april = Month(2017, 4, 2, 1, 120, 1);
        Assert.Equal("opening", Assert.Throws<ArgumentNullException>(() => ReportSeries.BuildTotals(null!, [april])).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => ReportSeries.CheckChain(april, null!)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => ReportSeries.CheckChain(null!, Month(2017, 5, 3, 2, 123, 3))).ParamName);
    }

    [Fact]
    public void A_summary_without_a_report_says_it_needs_one_to_know_the_unit_and_form()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportSeries.Summarise([], PeriodRange.Single(TestData.May2017)));
        Assert.Equal("months", e.ParamName);
        Assert.StartsWith("Summarise needs at least one report, to know the unit and the form.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_takes_months_with_a_gap_and_names_the_missing_one()
    {
        var summary = ReportSeries.Summarise([Month(2017, 9, 2, 1, 122, 5), Month(2017, 11, 1, 0, 123, 5)], new PeriodRange(new YearMonth(2017, 9), new YearMonth(2017, 11)));
        Assert.Equal(3, summary.New("A01"));
        Assert.Equal(123, summary.Total("A01"));
        Assert.Equal([new YearMonth(2017, 10)], summary.MissingMonths);
    }

    [Fact]
    public void A_summary_of_a_range_no_report_falls_in_has_every_month_missing()
    {
        var summary = ReportSeries.Summarise([Month(2017, 4, 2, 1, 120, 1)], new PeriodRange(new YearMonth(2017, 9), new YearMonth(2017, 10)));
        Assert.Empty(summary.IncludedMonths);
        Assert.Equal([new YearMonth(2017, 9), new YearMonth(2017, 10)], summary.MissingMonths);
        Assert.Null(summary.New("A01"));
        Assert.Null(summary.Total("A01"));
        Assert.Equal(TestData.Zhongyuan, summary.Unit);
    }

    [Fact]
    public void Building_totals_of_no_month_gives_no_report()
        => Assert.Empty(ReportSeries.BuildTotals(OpeningBalance.Zero(Form), []));

    [Fact]
    public void Two_reports_for_one_month_are_refused_by_a_summary_and_by_building_totals_saying_to_keep_the_latest()
    {
        var range = new PeriodRange(new YearMonth(2017, 4), TestData.May2017);
        var summary = Assert.Throws<ReportingException>(() => ReportSeries.Summarise([Month(2017, 4, 1, 1), Month(2017, 4, 2, 2)], range));
        Assert.Equal(ErrorCodes.SeriesMismatch, summary.Code);
        Assert.Contains("has two reports for 2017-04 in the series: keep only the latest revision.", summary.Message, StringComparison.Ordinal);

        var built = Assert.Throws<ReportingException>(() => ReportSeries.BuildTotals(OpeningBalance.Zero(Form), [Month(2017, 4, 1, 1), Month(2017, 4, 2, 2)]));
        Assert.Contains("has two reports for 2017-04 in the series", built.Message, StringComparison.Ordinal);
    }
}
