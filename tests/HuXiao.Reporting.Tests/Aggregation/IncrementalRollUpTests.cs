using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Reporting.Tests.Aggregation;

public class IncrementalRollUpTests
{
    private static readonly ReportSchema Schema = BatchScenario.Schema;

    [Property(MaxTest = 100)]
    public Property Incremental_roll_up_equals_the_model_after_any_changes()
        => Prop.ForAll(RollUpArbitraries.ScenariosWithChanges(RollUpArbitraries.NoOverflowValue), input =>
        {
            var (scenario, changes) = input;
            var view = IncrementalRollUp.Create(scenario.Batch(), scenario.Hierarchy);
            var before = view.Snapshot();
            var current = scenario.Latest().ToDictionary(r => r.Unit.Code);
            var applied = 0;
            foreach (var change in changes.Where(_ => scenario.Leaves.Count > 0))
            {
                var leaf = scenario.Leaves[change.Leaf % scenario.Leaves.Count];
                if (change.Withdraw)
                {
                    var removed = current.Remove(leaf.Code);
                    Assert.Equal(removed, view.Remove(leaf.Code));
                    applied += removed ? 1 : 0;
                }
                else
                {
                    var report = RollUpScenario.Report(leaf, change.Cells);
                    view.Update(report);
                    current[leaf.Code] = report;
                    applied++;
                }
            }

            Assert.Equal(applied, view.ChangeCount);
            var model = RollUpModel.Of(scenario.Hierarchy, current.Values);
            var snapshot = view.Snapshot();
            foreach (var (code, expected) in model.Units)
            {
                // The live view, member by member, and an immutable snapshot, as every roll-up gives it.
                Assert.Equal(expected.Reported.Length, view.ReportedCount(code));
                Assert.Equal(expected.Missing, view.MissingOf(code));
                Assert.Equal(expected.Values, RollUpModel.CellsOf(view.ToReport(code)));
                Assert.Equal(expected.Cases, view.ToReport(code).Cases);
                for (var i = 0; i < Schema.Count; i++)
                {
                    Assert.Equal(expected.Values[Schema.Count + i], (Int128?)view.GetValue(code, i, ReportRow.Total));
                    Assert.Equal(expected.FilledCounts[i], view.FilledCount(code, i, ReportRow.New));
                    Assert.Equal(expected.FilledCounts[Schema.Count + i], view.FilledCount(code, i, ReportRow.Total));
                }

                Assert.Equal(expected.Values, RollUpModel.CellsOf(snapshot[code].Report));
                Assert.Equal(expected.Reported, snapshot[code].Reported.Select(u => u.Code));
            }

            // A snapshot taken earlier is not reached by later changes.
            RollUpModel.Of(scenario.Hierarchy, scenario.Reports).AssertMatches(before);
        });

    [Fact]
    public void A_step_that_leaves_the_range_only_on_the_way_is_settled_exactly()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var units = new[] { new OrganisationUnit("A", "甲"), new OrganisationUnit("B", "乙"), new OrganisationUnit("C", "丙") };
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot(units).Build();
        long[] values = [long.MaxValue, long.MaxValue, long.MinValue];
        var reports = units.Select((u, i) => MonthlyReport.CreateBuilder(Schema, u, BatchScenario.Period).SetTotal("A01", values[i]).Build()).ToArray();

        // A + B leaves the range and C brings the total back: the full roll-up settles it exactly.
        var view = IncrementalRollUp.Create(ReportBatch.FromReports(Schema, BatchScenario.Period, reports), hierarchy);
        Assert.Equal(long.MaxValue - 1, view.GetValue("4101", "A01", ReportRow.Total));

        // Replacing C: the total without C (2 × MaxValue) is out of range, the total with the new C is not.
        view.Update(reports[2].ToBuilder().SetTotal("A01", long.MinValue + 1).Build());
        Assert.Equal(long.MaxValue, view.GetValue("4101", "A01", ReportRow.Total));

        // One more would leave the range for good: refused, nothing changed.
        var e = Assert.Throws<ReportOverflowException>(() => view.Update(reports[2].ToBuilder().SetTotal("A01", long.MinValue + 2).Build()));
        Assert.Equal("A01", e.IndicatorCode);
        Assert.Equal(long.MaxValue, view.GetValue("4101", "A01", ReportRow.Total));
        Assert.Equal(1, view.ChangeCount);
    }

    [Fact]
    public void An_update_that_would_overflow_is_refused_and_changes_nothing()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var a = new OrganisationUnit("A", "甲");
        var b = new OrganisationUnit("B", "乙");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([a, b]).Build();
        var ra = MonthlyReport.CreateBuilder(Schema, a, BatchScenario.Period).SetTotal("A01", long.MaxValue - 1).Build();
        var rb = MonthlyReport.CreateBuilder(Schema, b, BatchScenario.Period).SetTotal("A01", 1).Build();
        var view = IncrementalRollUp.Create(ReportBatch.FromReports(Schema, BatchScenario.Period, [ra, rb]), hierarchy);
        Assert.Equal(long.MaxValue, view.GetValue("4101", "A01", ReportRow.Total));

        var tooBig = rb.ToBuilder().SetTotal("A01", 2).Build();
        var e = Assert.Throws<ReportOverflowException>(() => view.Update(tooBig));
        Assert.Equal("A01", e.IndicatorCode);
        Assert.Equal(long.MaxValue, view.GetValue("4101", "A01", ReportRow.Total));
        Assert.Equal(0, view.ChangeCount);

        view.Update(rb.ToBuilder().SetTotal("A01", 0).Build());
        Assert.Equal(long.MaxValue - 1, view.GetValue("4101", "A01", ReportRow.Total));
    }

    [Fact]
    public void Only_leaves_of_the_hierarchy_on_the_same_form_and_month_are_accepted()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var a = new OrganisationUnit("A", "甲");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([a]).Build();
        var view = IncrementalRollUp.Create(ReportBatch.CreateBuilder(Schema, BatchScenario.Period).Build(), hierarchy);
        Assert.Equal(["A"], view.MissingOf("4101"));
        Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => view.Update(MonthlyReport.Blank(Schema, city, BatchScenario.Period))).Code);
        Assert.Equal(ErrorCodes.HierarchyDefinition, Assert.Throws<ReportingException>(() => view.Update(MonthlyReport.Blank(Schema, new OrganisationUnit("Z", "外"), BatchScenario.Period))).Code);
        Assert.Equal(ErrorCodes.RollUpPeriodMismatch, Assert.Throws<ReportingException>(() => view.Update(MonthlyReport.Blank(Schema, a, BatchScenario.Period.PlusMonths(1)))).Code);
        Assert.False(view.Remove("A"));

        view.Update(MonthlyReport.CreateBuilder(Schema, a, BatchScenario.Period).SetBoth("A01", 1, 2).Build());
        Assert.Empty(view.MissingOf("4101"));
        Assert.Equal(2, view.Root.Total("A01"));
        Assert.Equal(2, Assert.Single(view.Snapshot().Root.Used).Total("A01"));
        Assert.True(view.Remove("A"));
        Assert.Null(view.GetValue("4101", "A01", ReportRow.Total));
        Assert.Equal(0, view.ReportedCount("4101"));
    }

    [Fact]
    public void Refusals_name_the_unit_form_and_month_and_say_what_to_do()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var district = new OrganisationUnit("410102", "中原区");
        var station = new OrganisationUnit("410102-01", "林山寨派出所");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([district]).Add(station, "410102").Build();
        var view = IncrementalRollUp.Create(ReportBatch.CreateBuilder(Schema, BatchScenario.Period).Build(), hierarchy);

        foreach (var change in new Action[] { () => view.Update(MonthlyReport.Blank(Schema, district, BatchScenario.Period)), () => view.Remove("410102") })
        {
            var above = Assert.Throws<ReportingException>(change);
            Assert.Equal(ErrorCodes.HierarchyDefinition, above.Code);
            Assert.Equal($"{district} has units below it in the hierarchy: its figures are computed from theirs. Send the reports of the units below it instead.", above.Message);
        }

        foreach (var change in new Action[] { () => view.Update(MonthlyReport.Blank(Schema, new OrganisationUnit("Z", "外"), BatchScenario.Period)), () => view.Remove("Z") })
        {
            var outside = Assert.Throws<ReportingException>(change);
            Assert.Equal(ErrorCodes.HierarchyDefinition, outside.Code);
            Assert.Equal($"Unit Z is not in the hierarchy under {city}. Add the unit to the hierarchy first.", outside.Message);
        }

        var june = MonthlyReport.Blank(Schema, station, BatchScenario.Period.PlusMonths(1));
        Assert.Equal($"Report {june} is for 2017-06, but this roll-up is for 2017-05.", Assert.Throws<ReportingException>(() => view.Update(june)).Message);
        var other = ReportSchema.CreateBuilder("other", 1).AddTable("A", "t").AddIndicator("A01", "x", "x", null, "所", IndicatorKind.Stock).Build();
        var foreign = MonthlyReport.Blank(other, station, BatchScenario.Period);
        var form = Assert.Throws<ReportingException>(() => view.Update(foreign));
        Assert.Equal(ErrorCodes.RollUpSchemaMismatch, form.Code);
        Assert.Equal($"Report {foreign} is on form {other}, but this roll-up combines form {Schema}.", form.Message);
        Assert.Equal(0, view.ChangeCount);
        var leaf = Assert.Throws<KeyNotFoundException>(() => view.GetValue(station.Code, "A01", ReportRow.Total));
        Assert.Equal("Unit '410102-01' has no roll-up: it is a leaf or not in the hierarchy.", leaf.Message);
    }

    [Fact]
    public void Null_arguments_are_refused_naming_the_argument()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([new OrganisationUnit("A", "甲")]).Build();
        var batch = ReportBatch.CreateBuilder(Schema, BatchScenario.Period).Build();
        var view = IncrementalRollUp.Create(batch, hierarchy);
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => IncrementalRollUp.Create(null!, hierarchy)).ParamName);
        Assert.Equal("hierarchy", Assert.Throws<ArgumentNullException>(() => IncrementalRollUp.Create(batch, null!)).ParamName);
        Assert.Equal("rollUp", Assert.Throws<ArgumentNullException>(() => IncrementalRollUp.Create(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => view.Update(null!)).ParamName);
        Assert.Equal("unitCode", Assert.Throws<ArgumentNullException>(() => view.Remove(null!)).ParamName);
    }

    [Fact]
    public void An_overflow_names_the_unit_whose_change_took_a_total_out_of_range()
    {
        // A new unit's first report and a withdrawal can each take a total out of range; either is refused,
        // naming the total that would leave the range and the report, and nothing changes.
        var city = new OrganisationUnit("4101", "郑州市");
        var district = new OrganisationUnit("410102", "中原区");
        var a = new OrganisationUnit("410102-01", "甲");
        var b = new OrganisationUnit("410102-02", "乙");
        var c = new OrganisationUnit("410102-03", "丙");
        var d = new OrganisationUnit("410103", "二七区");
        var hierarchy = UnitHierarchy.CreateBuilder(city).AddUnderRoot([district, d]).Add(a, "410102").Add(b, "410102").Add(c, "410102").Build();
        MonthlyReport Report(OrganisationUnit unit, long value) => MonthlyReport.CreateBuilder(Schema, unit, BatchScenario.Period).SetTotal("A01", value).Build();

        var view = IncrementalRollUp.Create(ReportBatch.FromReports(Schema, BatchScenario.Period, [Report(a, long.MaxValue), Report(b, long.MinValue)]), hierarchy);
        var first = Assert.Throws<ReportOverflowException>(() => view.Update(Report(c, long.MinValue)));
        Assert.Contains($"overflows a 64-bit whole number in the total of {district} when taking in the report of {c}.", first.Message, StringComparison.Ordinal);
        Assert.Equal(ReportRow.Total, first.Row);

        view.Update(Report(c, long.MaxValue));
        Assert.Equal(long.MaxValue - 1, view.GetValue("4101", "A01", ReportRow.Total));
        var withdrawal = Assert.Throws<ReportOverflowException>(() => view.Remove(b.Code));
        Assert.Contains($"overflows a 64-bit whole number in the total of {district} when withdrawing the report of {b}.", withdrawal.Message, StringComparison.Ordinal);
        Assert.Equal(1, view.ChangeCount);

        view.Remove(c.Code);
        view.Update(Report(d, long.MaxValue));
        var above = Assert.Throws<ReportOverflowException>(() => view.Update(Report(c, long.MaxValue)));
        Assert.Contains($"overflows a 64-bit whole number in the total of {city} when taking in the report of {c}.", above.Message, StringComparison.Ordinal);
        Assert.Equal(long.MaxValue - 1, view.GetValue("4101", "A01", ReportRow.Total));
    }

    [Fact]
    public void A_hierarchy_of_the_root_alone_takes_the_root_report_and_totals_nothing()
    {
        var city = new OrganisationUnit("4101", "郑州市");
        var view = IncrementalRollUp.Create(ReportBatch.CreateBuilder(Schema, BatchScenario.Period).Build(), UnitHierarchy.CreateBuilder(city).Build());
        view.Update(MonthlyReport.CreateBuilder(Schema, city, BatchScenario.Period).SetTotal("A01", 3).Build());
        Assert.Equal(1, view.ChangeCount);
        Assert.Empty(view.Snapshot().Units);
        Assert.True(view.Remove(city.Code));
    }
}
