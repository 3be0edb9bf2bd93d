using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;

namespace HuXiao.Reporting.Tests.Aggregation;

public class IncrementalRollUpTests
{
    private static readonly ReportSchema Schema = BatchScenario.Schema;

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Incremental_roll_up_equals_a_full_roll_up_after_any_changes() => Prop.ForAll(Seeds, seed =>
    {
        var scenario = BatchScenario.Create(seed);
        var random = new Random(seed);
        var view = IncrementalRollUp.Create(scenario.Batch(), scenario.Hierarchy);
        var current = scenario.Latest().ToDictionary(r => r.Unit.Code);
        if (scenario.Leaves.Count == 0)
        {
            return;
        }

        var changes = random.Next(1, 12);
        var applied = 0;
        for (var k = 0; k < changes; k++)
        {
            var leaf = scenario.Leaves[random.Next(scenario.Leaves.Count)];
            if (random.NextDouble() < 0.25)
            {
                var removed = current.Remove(leaf.Code);
                Assert.Equal(removed, view.Remove(leaf.Code));
                applied += removed ? 1 : 0;
            }
            else
            {
                var report = BatchScenario.RandomReport(random, leaf, 1, -5, 60, random.NextDouble() < 0.5 ? 0.0 : 0.4);
                view.Update(report);
                current[leaf.Code] = report;
                applied++;
            }
        }

        Assert.Equal(applied, view.ChangeCount);
        var expected = ReportRollUp.RollUp(scenario.Hierarchy, Schema, BatchScenario.Period, current.Values);
        foreach (var (code, result) in expected.Results)
        {
            Assert.Equal(result.Report, view.ToReport(code));
            Assert.Equal(result.Used.Count, view.ReportedCount(code));
            Assert.Equal(result.Missing, view.MissingOf(code));
            for (var i = 0; i < Schema.Count; i++)
            {
                Assert.Equal(result.Report.GetValue(i, ReportRow.Total), view.GetValue(code, i, ReportRow.Total));
                Assert.Equal(result.FilledCount(i, ReportRow.New), view.FilledCount(code, i, ReportRow.New));
                Assert.Equal(result.FilledCount(i, ReportRow.Total), view.FilledCount(code, i, ReportRow.Total));
            }
        }
    });

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
