using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Aggregation;

/// <summary>
/// The laws of the roll-up, over generated reports and unit trees that shrink: every roll-up equals a plain model,
/// and the algebra (associative, commutative, blank the identity) holds.
/// </summary>
public class RollUpProperties
{
    private static readonly ReportSchema Form = Generators.Schema;
    private static readonly OrganisationUnit Parent = new("P", "上级");

    [Property(MaxTest = 150)]
    public Property Every_roll_up_over_a_hierarchy_equals_the_model_or_refuses_an_overflow()
        => Prop.ForAll(RollUpArbitraries.Scenarios(RollUpArbitraries.LeafValue), scenario =>
        {
            var model = RollUpModel.Of(scenario.Hierarchy, scenario.Reports);
            var batch = scenario.Batch();
            foreach (var rollUp in new Func<HierarchyRollUp>[]
                     {
                         () => ReportRollUp.RollUp(scenario.Hierarchy, Form, Generators.Period, scenario.Reports),
                         () => batch.RollUp(scenario.Hierarchy, maxDegreeOfParallelism: 1),
                         () => batch.RollUp(scenario.Hierarchy),
                         () => IncrementalRollUp.Create(batch, scenario.Hierarchy).Snapshot(),
                     })
            {
                if (model.Overflows)
                {
                    Assert.Throws<ReportOverflowException>(rollUp);
                }
                else
                {
                    model.AssertMatches(rollUp());
                }
            }
        });

    [Property(MaxTest = 150)]
    public Property Combine_equals_the_model_of_one_level_and_names_the_missing_and_unexpected()
        => Prop.ForAll(RollUpArbitraries.Scenarios(RollUpArbitraries.LeafValue), Gen.Choose(0, 100).ToArbitrary(), (scenario, share) =>
        {
            // The same reports under one parent; some leaves expected, some not.
            var flat = UnitHierarchy.CreateBuilder(Parent).AddUnderRoot(scenario.Leaves).Build();
            var model = RollUpModel.Of(flat, scenario.Reports);
            var expected = scenario.Leaves.Where((_, i) => i * 100 < share * scenario.Leaves.Count).Select(u => u.Code).ToArray();
            if (model.Overflows)
            {
                Assert.Throws<ReportOverflowException>(() => ReportRollUp.Combine(Form, Parent, Generators.Period, scenario.Reports, expected));
                return;
            }

            var all = ReportRollUp.Combine(Form, Parent, Generators.Period, scenario.Reports, scenario.Leaves.Select(u => u.Code));
            if (model.Units.TryGetValue(Parent.Code, out var totals))
            {
                model.AssertMatches(totals, all);
            }

            var some = ReportRollUp.Combine(Form, Parent, Generators.Period, scenario.Reports, expected);
            Assert.Equal(all.Report, some.Report);
            Assert.Equal(expected.Where(c => !model.Latest.ContainsKey(c)), some.Missing);
            Assert.Equal(model.Latest.Keys.Where(c => !expected.Contains(c)).Order(StringComparer.Ordinal), some.Unexpected.Select(u => u.Code));
        });

    [Property(MaxTest = 200)]
    public Property Rollup_is_associative()
        => Prop.ForAll(Reports(3, 3, Generators.SmallLong), r =>
            Generators.CellsOf(Sum(As(Sum(r[0], r[1]), "AB"), r[2]))
                .SequenceEqual(Generators.CellsOf(Sum(r[0], As(Sum(r[1], r[2]), "BC")))));

    [Property(MaxTest = 200)]
    public Property Rollup_is_commutative()
        => Prop.ForAll(Reports(2, 6, Generators.SmallLong), r => Sum(r).Equals(Sum(r.Reverse().ToArray())));

    [Property(MaxTest = 200)]
    public Property The_all_blank_report_is_the_identity()
        => Prop.ForAll(Reports(1, 1, RollUpArbitraries.NoOverflowValue), r =>
            Generators.CellsOf(Sum(r[0], MonthlyReport.Blank(Form, new OrganisationUnit("U9", "空"), Generators.Period)))
                .SequenceEqual(Generators.CellsOf(r[0])));

    [Property(MaxTest = 200)]
    public Property Reports_that_pass_the_sum_preserving_rules_still_pass_after_rollup()
    {
        var rules = RuleSet.For(Form).Without("total-chain", "stock-decrease", "case-details-required", "blank-cell");
        var gen = from n in Gen.Choose(1, 6)
                  from seeds in Generators.ArrayOf(n, Generators.ConsistentSeeds)
                  select seeds;
        var arb = Arb.From(gen, seeds => Enumerable.Range(0, seeds.Length).Where(_ => seeds.Length > 1).Select(i => seeds.Where((_, j) => j != i).ToArray())
            .Concat(Enumerable.Range(0, seeds.Length).SelectMany(i => Generators.ShrinkSeeds(seeds[i]).Select(s => seeds.Select((x, j) => j == i ? s : x).ToArray()))));
        return Prop.ForAll(arb, seeds =>
        {
            var reports = seeds.Select((s, i) => Generators.ConsistentReportFrom("U" + i, s)).ToArray();
            return reports.All(r => rules.Validate(r).Findings.Count == 0)
                   && rules.Validate(Sum(reports)).Findings.Count == 0;
        });
    }

    private static MonthlyReport Sum(params MonthlyReport[] reports)
        => ReportRollUp.Combine(Form, Parent, Generators.Period, reports).Report;

    // A roll-up result relabelled as a child, so it can be combined again.
    private static MonthlyReport As(MonthlyReport report, string code) => report.ToBuilder().WithUnit(new OrganisationUnit(code, code)).Build();

    /// <summary>Reports from distinct units U0…, between min and max of them; shrinks to fewer reports, fewer filled cells, smaller values.</summary>
    private static Arbitrary<MonthlyReport[]> Reports(int min, int max, Gen<long> values)
        => Arb.From(
            from n in Gen.Choose(min, max)
            from cells in Generators.ArrayOf(n, RollUpArbitraries.CellsOf(values, blankRate: 0.2))
            select cells,
            cells => Enumerable.Range(0, cells.Length).Where(_ => cells.Length > min).Select(i => cells.Where((_, j) => j != i).ToArray())
               .Concat(Enumerable.Range(0, cells.Length).SelectMany(i => RollUpArbitraries.ShrinkCells(cells[i]).Select(c => cells.Select((x, j) => j == i ? c : x).ToArray()))))
           .Convert(cells => cells.Select((c, i) => Generators.Report("U" + i, c)).ToArray(), reports => reports.Select(Generators.CellsOf).ToArray());
}
