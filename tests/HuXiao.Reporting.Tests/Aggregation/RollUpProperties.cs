using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HuXiao.Reporting.Aggregation;
using HuXiao.Reporting.Validation;

namespace HuXiao.Reporting.Tests.Aggregation;

/// <summary>The laws of the roll-up, over generated reports and unit trees.</summary>
public class RollUpProperties
{
    private static readonly ReportSchema Form = Generators.Schema;
    private static readonly OrganisationUnit Parent = new("P", "上级");

    private static MonthlyReport Sum(params MonthlyReport[] reports)
        => ReportRollUp.Combine(Form, Parent, Generators.Period, reports).Report;

    // A roll-up result relabelled as a child, so it can be combined again.
    private static MonthlyReport As(MonthlyReport report, string code) => report.ToBuilder().WithUnit(new OrganisationUnit(code, code)).Build();

    [Property(MaxTest = 200)]
    public Property Rollup_is_associative()
        => Prop.ForAll(Generators.DistinctReports(3, 3).ToArbitrary(), r =>
            Generators.CellsOf(Sum(As(Sum(r[0], r[1]), "AB"), r[2]))
                .SequenceEqual(Generators.CellsOf(Sum(r[0], As(Sum(r[1], r[2]), "BC")))));

    [Property(MaxTest = 200)]
    public Property Rollup_is_commutative()
        => Prop.ForAll(Generators.DistinctReports(2, 6).ToArbitrary(), r =>
            Sum(r).Equals(Sum(r.Reverse().ToArray())));

    [Property(MaxTest = 200)]
    public Property The_all_blank_report_is_the_identity()
        => Prop.ForAll(Generators.SmallReport("U0").ToArbitrary(), a =>
            Generators.CellsOf(Sum(a, MonthlyReport.Blank(Form, new OrganisationUnit("U1", "空"), Generators.Period)))
                .SequenceEqual(Generators.CellsOf(a)));

    [Property(MaxTest = 200)]
    public Property A_cell_is_blank_after_rollup_exactly_when_every_child_left_it_blank()
        => Prop.ForAll(Generators.DistinctReports(1, 5).ToArbitrary(), r =>
        {
            var sum = ReportRollUp.Combine(Form, Parent, Generators.Period, r);
            var cells = Generators.CellsOf(sum.Report);
            return Enumerable.Range(0, cells.Length).All(c =>
            {
                var filled = r.Count(x => Generators.CellsOf(x)[c] is not null);
                var ordinal = c % Form.Count;
                var row = c < Form.Count ? ReportRow.New : ReportRow.Total;
                return (cells[c] is null) == (filled == 0) && sum.FilledCount(ordinal, row) == filled;
            });
        });

    [Property(MaxTest = 150)]
    public Property Rolling_a_tree_up_level_by_level_equals_summing_all_its_leaves()
        => Prop.ForAll(Generators.TreeWithReports.ToArbitrary(), tree =>
        {
            var (hierarchy, leaves) = tree;
            var levelByLevel = ReportRollUp.RollUp(hierarchy, Form, Generators.Period, leaves).Root.Report;
            var atOnce = ReportRollUp.Combine(Form, hierarchy.Root, Generators.Period, leaves).Report;
            return Generators.CellsOf(levelByLevel).SequenceEqual(Generators.CellsOf(atOnce));
        });

    [Property(MaxTest = 200)]
    public Property Reports_that_pass_the_sum_preserving_rules_still_pass_after_rollup()
    {
        var rules = RuleSet.For(Form).Without("total-chain", "stock-decrease", "case-details-required", "blank-cell");
        var gen = from n in Gen.Choose(1, 6)
                  from reports in Generators.ArrayOf(n, Generators.ConsistentReport("X"))
                  select reports.Select((r, i) => As(r, "U" + i)).ToArray();
        return Prop.ForAll(gen.ToArbitrary(), reports =>
            reports.All(r => rules.Validate(r).Findings.Count == 0)
            && rules.Validate(Sum(reports)).Findings.Count == 0);
    }

    [Property(MaxTest = 300)]
    public Property Every_overflow_is_detected_and_every_other_sum_is_exact()
    {
        var gen = from n in Gen.Choose(2, 4)
                  from cells in Generators.ArrayOf(n, Generators.Cells(Generators.AnyLong))
                  select cells.Select((c, i) => Generators.Report("U" + i, c)).ToArray();
        return Prop.ForAll(gen.ToArbitrary(), reports =>
        {
            var exact = new Int128?[Form.Count * 2];
            foreach (var cells in reports.Select(Generators.CellsOf))
            {
                for (var c = 0; c < exact.Length; c++)
                {
                    if (cells[c] is { } v)
                    {
                        exact[c] = (exact[c] ?? 0) + v;
                    }
                }
            }

            var overflows = exact.Any(e => e is { } x && (x > long.MaxValue || x < long.MinValue));
            try
            {
                var sum = Generators.CellsOf(Sum(reports));
                return !overflows && sum.Select(v => (Int128?)v).SequenceEqual(exact);
            }
            catch (ReportOverflowException)
            {
                return overflows;
            }
        });
    }
}
