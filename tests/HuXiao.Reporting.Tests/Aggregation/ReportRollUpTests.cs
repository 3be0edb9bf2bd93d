using HuXiao.Reporting.Aggregation;
using NodaTime;

namespace HuXiao.Reporting.Tests.Aggregation;

public class ReportRollUpTests
{
    private static readonly ReportSchema Form = ReportSchema.Zhengzhou2017;

    private static MonthlyReport Report(OrganisationUnit unit, long? a01Total, long? a01New = null, int revision = 1, YearMonth? period = null)
        => MonthlyReport.CreateBuilder(Form, unit, period ?? TestData.May2017)
            .SetBoth("A01", a01New, a01Total)
            .WithFiling(new ReportFiling { Revision = revision })
            .Build();

    [Fact]
    public void Sums_filled_cells_and_counts_who_filled_them()
    {
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, 120, 2), Report(TestData.Erqi, 95, null), Report(TestData.Guancheng, null, null)]);
        Assert.Equal(215, result.Report.Total("A01"));
        Assert.Equal(2, result.Report.New("A01"));
        Assert.Equal(2, result.FilledCount("A01", ReportRow.Total));
        Assert.Equal(1, result.FilledCount("A01", ReportRow.New));
        Assert.Equal(0, result.FilledCount("A02", ReportRow.Total));
        Assert.Null(result.Report.Total("A02"));
        Assert.Equal(TestData.City, result.Report.Unit);
        Assert.Equal(["410102", "410103", "410104"], result.Reported.Select(u => u.Code));
    }

    [Fact]
    public void Lists_expected_units_that_did_not_report_and_unexpected_ones_that_did()
    {
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, 1), Report(new OrganisationUnit("999999", "外地"), 1)],
            ["410102", "410103", "410105"]);
        Assert.Equal(["410103", "410105"], result.Missing);
        Assert.Equal("999999", Assert.Single(result.Unexpected).Code);
    }

    [Fact]
    public void The_highest_revision_replaces_the_others_and_the_result_says_so()
    {
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, 100, revision: 1), Report(TestData.Zhongyuan, 130, revision: 3), Report(TestData.Zhongyuan, 110, revision: 2), Report(TestData.Erqi, 5)]);
        Assert.Equal(135, result.Report.Total("A01"));
        Assert.Equal([(1, 3), (2, 3)], result.Superseded.Select(s => (s.Revision, s.ReplacedBy)));
        Assert.All(result.Superseded, s => Assert.Equal("410102", s.Unit.Code));
    }

    [Fact]
    public void Refuses_two_reports_from_one_unit_with_the_same_revision()
    {
        var e = Assert.Throws<ReportingException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, 100, revision: 2), Report(TestData.Zhongyuan, 101, revision: 2)]));
        Assert.Equal(ErrorCodes.DuplicateReport, e.Code);
        Assert.Contains("410102", e.Message);
        Assert.Contains("revision 2", e.Message);
    }

    [Fact]
    public void Refuses_mixed_periods_and_schemas()
    {
        var period = Assert.Throws<ReportingException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, 1), Report(TestData.Erqi, 1, period: new YearMonth(2017, 6))]));
        Assert.Equal(ErrorCodes.RollUpPeriodMismatch, period.Code);
        Assert.Contains("2017-06", period.Message);

        var other = ReportSchema.CreateBuilder("zhengzhou-2017", 2).AddTable("A", "t").AddIndicator("A01", "全部校园数", "all", null, "所", IndicatorKind.Stock).Build();
        var schema = Assert.Throws<ReportingException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, 1), MonthlyReport.Blank(other, TestData.Erqi, TestData.May2017)]));
        Assert.Equal(ErrorCodes.RollUpSchemaMismatch, schema.Code);
    }

    [Fact]
    public void An_overflow_is_an_error_naming_the_indicator_and_unit_never_a_wrapped_number()
    {
        var e = Assert.Throws<ReportOverflowException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, long.MaxValue - 1), Report(TestData.Erqi, 2)]));
        Assert.Equal(ErrorCodes.ArithmeticOverflow, e.Code);
        Assert.Equal("A01", e.IndicatorCode);
        Assert.Equal(ReportRow.Total, e.Row);
        Assert.Contains("410103", e.Message);
    }

    [Fact]
    public void Negative_overflow_is_detected_too()
        => Assert.Throws<ReportOverflowException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, null, long.MinValue), Report(TestData.Erqi, null, -1)]));

    [Fact]
    public void A_running_sum_that_leaves_the_range_and_comes_back_is_exact_at_every_level()
    {
        // Leaves: MaxValue + MaxValue leaves the range, + MinValue brings it back to MaxValue − 1.
        var flat = ReportRollUp.Combine(Form, TestData.City, TestData.May2017,
            [Report(TestData.Zhongyuan, long.MaxValue), Report(TestData.Erqi, long.MaxValue), Report(TestData.Guancheng, long.MinValue)]);
        Assert.Equal(long.MaxValue - 1, flat.Report.Total("A01"));

        // Above the leaves: two districts each at MaxValue, a third at MinValue, added into the city.
        var s1 = new OrganisationUnit("410102-01", "甲");
        var s2 = new OrganisationUnit("410103-01", "乙");
        var s3 = new OrganisationUnit("410104-01", "丙");
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City)
            .AddUnderRoot([TestData.Zhongyuan, TestData.Erqi, TestData.Guancheng])
            .Add(s1, "410102").Add(s2, "410103").Add(s3, "410104")
            .Build();
        var reports = new[] { Report(s1, long.MaxValue), Report(s2, long.MaxValue), Report(s3, long.MinValue) };
        Assert.Equal(long.MaxValue - 1, ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, reports).Root.GetValue("A01", ReportRow.Total));
        Assert.Equal(long.MaxValue - 1, ReportBatch.FromReports(Form, TestData.May2017, reports).RollUp(hierarchy, 1).Root.GetValue("A01", ReportRow.Total));

        // One more and the total itself leaves the range: refused.
        reports[2] = Report(s3, -1);
        Assert.Equal("A01", Assert.Throws<ReportOverflowException>(() => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, reports)).IndicatorCode);
    }

    [Fact]
    public void A_unit_whose_leaf_reports_leave_the_range_and_whose_unit_children_bring_it_back_is_exact()
    {
        // The city has two schools reporting directly (MaxValue + 1 leaves the range) and a district whose school
        // brings the total back (−1): the city's total is MaxValue, at every parallelism and by every roll-up.
        var s1 = new OrganisationUnit("410100-01", "甲");
        var s2 = new OrganisationUnit("410100-02", "乙");
        var s3 = new OrganisationUnit("410102-01", "丙");
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City)
            .AddUnderRoot([s1, s2, TestData.Zhongyuan])
            .Add(s3, "410102")
            .Build();
        foreach (var (a, b, c, expected) in new[] { (long.MaxValue, 1L, -1L, long.MaxValue), (long.MinValue, -1L, 1L, long.MinValue) })
        {
            var reports = new[] { Report(s1, a), Report(s2, b), Report(s3, c) };
            var batch = ReportBatch.FromReports(Form, TestData.May2017, reports);
            Assert.Equal(expected, ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, reports).Root.GetValue("A01", ReportRow.Total));
            Assert.Equal(expected, batch.RollUp(hierarchy, 1).Root.GetValue("A01", ReportRow.Total));
            Assert.Equal(expected, batch.RollUp(hierarchy).Root.GetValue("A01", ReportRow.Total));
            Assert.Equal(expected, IncrementalRollUp.Create(batch, hierarchy).Snapshot().Root.GetValue("A01", ReportRow.Total));
            Assert.Equal(c, batch.RollUp(hierarchy)["410102"].GetValue("A01", ReportRow.Total));
        }

        // Without the district's report the leaves' sum is the total, and it is refused.
        var over = ReportBatch.FromReports(Form, TestData.May2017, [Report(s1, long.MaxValue), Report(s2, 1)]);
        Assert.Equal("A01", Assert.Throws<ReportOverflowException>(() => over.RollUp(hierarchy)).IndicatorCode);
    }

    [Fact]
    public void Case_details_of_the_children_travel_up()
    {
        var withCase = Report(TestData.Zhongyuan, 1).ToBuilder().AddCase(new CaseDetail("B17", new LocalDate(2017, 5, 3), "某校", "盗窃")).Build();
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017, [withCase, Report(TestData.Erqi, 1)]);
        Assert.Equal("盗窃", Assert.Single(result.Report.Cases).Summary);
    }

    [Fact]
    public void Hierarchy_rollup_computes_every_level_and_names_missing_children()
    {
        var station1 = new OrganisationUnit("410102-01", "林山寨派出所");
        var station2 = new OrganisationUnit("410102-02", "建设路派出所");
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City)
            .AddUnderRoot([TestData.Zhongyuan, TestData.Erqi, TestData.Guancheng])
            .Add(station1, "410102").Add(station2, "410102")
            .Build();
        var rollUp = ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, [Report(station1, 10), Report(station2, 20), Report(TestData.Erqi, 5)]);
        Assert.Equal(30, rollUp["410102"].Report.Total("A01"));
        Assert.Equal(35, rollUp.Root.Report.Total("A01"));
        Assert.Equal(["410104"], rollUp.Root.Missing);
        Assert.Empty(rollUp["410102"].Missing);
        Assert.Throws<KeyNotFoundException>(() => rollUp["410103"]);
    }

    [Fact]
    public void Hierarchy_rollup_refuses_reports_from_units_above_the_leaves_or_outside()
    {
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City).AddUnderRoot([TestData.Zhongyuan]).Build();
        Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, [Report(TestData.City, 1)])).Code);
        Assert.Contains("not in the hierarchy", Assert.Throws<ReportingException>(() => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, [Report(TestData.Erqi, 1)])).Message);
    }

    [Fact]
    public void A_report_from_above_the_leaves_or_outside_is_refused_saying_which_and_what_to_do()
    {
        var station = new OrganisationUnit("410102-01", "林山寨派出所");
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City).AddUnderRoot([TestData.Zhongyuan, TestData.Erqi]).Add(station, "410102").Build();
        foreach (var rollUp in new Func<MonthlyReport, object>[]
                 {
                     r => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, [Report(station, 1), r]),
                     r => ReportBatch.FromReports(Form, TestData.May2017, [Report(station, 1), r]).RollUp(hierarchy),
                 })
        {
            var above = Assert.Throws<ReportingException>(() => rollUp(Report(TestData.Zhongyuan, 1)));
            Assert.Equal(ErrorCodes.HierarchyDefinition, above.Code);
            Assert.Equal($"There is a report from {TestData.Zhongyuan}, which has units below it in the hierarchy: its figures are computed from theirs. Send the reports of the units below it instead.", above.Message);
            var outside = Assert.Throws<ReportingException>(() => rollUp(Report(TestData.Guancheng, 1)));
            Assert.Equal(ErrorCodes.HierarchyDefinition, outside.Code);
            Assert.Equal($"There is a report from unit 410104, which is not in the hierarchy under {TestData.City}. Add the unit to the hierarchy or leave the report out.", outside.Message);
        }
    }

    [Fact]
    public void A_hierarchy_of_the_root_alone_has_no_unit_to_total_even_with_the_root_reporting()
    {
        var alone = UnitHierarchy.CreateBuilder(TestData.City).Build();
        var rollUp = ReportRollUp.RollUp(alone, Form, TestData.May2017, [Report(TestData.City, 1L << 40)]);
        Assert.Empty(rollUp.Units);
        Assert.Throws<KeyNotFoundException>(() => rollUp[TestData.City.Code]);
    }

    [Fact]
    public void Null_arguments_are_refused_naming_the_argument()
    {
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City).AddUnderRoot([TestData.Zhongyuan]).Build();
        MonthlyReport[] reports = [Report(TestData.Zhongyuan, 1)];
        Assert.Equal("schema", Assert.Throws<ArgumentNullException>(() => ReportRollUp.Combine(null!, TestData.City, TestData.May2017, reports)).ParamName);
        Assert.Equal("parent", Assert.Throws<ArgumentNullException>(() => ReportRollUp.Combine(Form, null!, TestData.May2017, reports)).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017, null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017, [null!])).ParamName);
        Assert.Equal("hierarchy", Assert.Throws<ArgumentNullException>(() => ReportRollUp.RollUp(null!, Form, TestData.May2017, reports)).ParamName);
        Assert.Equal("schema", Assert.Throws<ArgumentNullException>(() => ReportRollUp.RollUp(hierarchy, null!, TestData.May2017, reports)).ParamName);
        Assert.Equal("leafReports", Assert.Throws<ArgumentNullException>(() => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, [null!])).ParamName);
    }

    [Fact]
    public void Combining_no_reports_gives_a_blank_total_with_every_expected_unit_missing()
    {
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017, [], ["410102", "410103"]);
        Assert.Equal(0, result.ReportedCount);
        Assert.Equal(0, result.Report.FilledCount);
        Assert.Null(result.GetValue("A01", ReportRow.Total));
        Assert.Equal(["410102", "410103"], result.Missing);
    }

    [Fact]
    public void Units_not_expected_are_listed_in_code_order()
    {
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017, [Report(TestData.Guancheng, 1), Report(TestData.Zhongyuan, 1), Report(TestData.Erqi, 1)], ["410103"]);
        Assert.Equal([TestData.Zhongyuan, TestData.Guancheng], result.Unexpected);
    }

    [Fact]
    public void The_reports_used_are_the_instances_given()
    {
        var zhongyuan = Report(TestData.Zhongyuan, 1);
        var erqi = Report(TestData.Erqi, 2);
        var result = ReportRollUp.Combine(Form, TestData.City, TestData.May2017, [zhongyuan, erqi]);
        Assert.Same(zhongyuan, result.Used[0]);
        Assert.Same(erqi, result.Used[1]);

        // Given lazily, the reports are counted only as they come and the batch grows past its first room.
        var many = Enumerable.Range(0, 40).Select(i => Report(new OrganisationUnit($"S{i:00}", "校"), i)).ToArray();
        var lazily = ReportRollUp.Combine(Form, TestData.City, TestData.May2017, many.Select(r => r));
        Assert.Equal(many, lazily.Used);
        Assert.All(many.Zip(lazily.Used), p => Assert.Same(p.First, p.Second));
    }

    [Fact]
    public void An_overflow_names_up_to_ten_units_adding_to_the_total_and_the_unit_it_went_into()
    {
        var schools = Enumerable.Range(0, 13).Select(i => new OrganisationUnit($"S{i:00}", "校")).ToArray();
        var reports = schools.Select((s, i) => Report(s, i == 0 ? 0 : (long.MaxValue / 8) + 1)).ToArray();
        var flat = Assert.Throws<ReportOverflowException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017, reports));
        Assert.Equal($"合计 of A01 {Form["A01"].Label} overflows a 64-bit whole number when adding the reports of S01, S02, S03, S04, S05, S06, S07, S08, S09, S10 into {TestData.City}. Check the input values for a typing error (a figure far too large).", flat.Message);

        var station = new OrganisationUnit("410102-01", "林山寨派出所");
        var hierarchy = UnitHierarchy.CreateBuilder(TestData.City).AddUnderRoot([schools[1], schools[2], TestData.Zhongyuan, TestData.Erqi]).Add(station, "410102").Build();
        var tree = Assert.Throws<ReportOverflowException>(() => ReportRollUp.RollUp(hierarchy, Form, TestData.May2017, [Report(schools[1], long.MaxValue), Report(schools[2], 0), Report(station, long.MaxValue)]));
        Assert.Contains($"when adding the reports of S01, 410102 into {TestData.City}.", tree.Message, StringComparison.Ordinal);

        var added = Assert.Throws<ReportOverflowException>(() => ReportRollUp.Combine(Form, TestData.City, TestData.May2017, [Report(schools[1], null, long.MaxValue), Report(schools[2], null, 1)]));
        Assert.Equal(ReportRow.New, added.Row);
        Assert.StartsWith($"新增 of A01 {Form["A01"].Label} overflows", added.Message, StringComparison.Ordinal);
    }
}
