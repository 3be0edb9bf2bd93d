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
        Assert.True(view.Remove("A"));
        Assert.Null(view.GetValue("4101", "A01", ReportRow.Total));
        Assert.Equal(0, view.ReportedCount("4101"));
    }
}
